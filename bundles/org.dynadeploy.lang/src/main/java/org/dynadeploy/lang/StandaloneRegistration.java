package org.dynadeploy.lang;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.dynadeploy.model.ModelPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

import com.google.inject.Injector;

/**
 * What the DynaDeploy languages need registered with EMF outside OSGi, done once for all of them.
 *
 * <p>Xtext's generated setups chain to the setups of the inherited grammars: every language would
 * first set up the Common language and Xtext's Terminals, each with a Guice injector of its own
 * that nothing uses (Common has no files; the Terminals setup registers nothing with its
 * injector). Those two injectors cost more than the language's own. What the chain is for is EMF
 * registration: the resource formats Xtext's Terminals setup registers (the grammar format
 * {@code .xtextbin}, {@code .ecore}, {@code .xmi}), Xtext's grammar metamodel, and ours, which
 * the generated setups leave out because it is imported (without it every parse fails with
 * unresolved proxies).
 */
public final class StandaloneRegistration {

    private static boolean registered;

    private StandaloneRegistration() {
    }

    /** Registers the EMF packages and the grammar resource format (idempotent, thread-safe). */
    public static synchronized void registerPackages() {
        if (registered) return;
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
        factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
        factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
        EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        registered = true;
    }

    /** A language's setup without its parents': the packages, then its own injector, registered. */
    static Injector setUp(Supplier<Injector> createInjector, Consumer<Injector> register) {
        registerPackages();
        Injector injector = createInjector.get();
        register.accept(injector);
        return injector;
    }
}
