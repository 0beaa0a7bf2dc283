package org.dynadeploy.lang.loading;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.lang.DistributionStandaloneSetup;
import org.dynadeploy.lang.IdResourcesStandaloneSetup;
import org.dynadeploy.lang.IdsStandaloneSetup;
import org.dynadeploy.lang.InfrastructureStandaloneSetup;
import org.dynadeploy.lang.QosStandaloneSetup;
import org.dynadeploy.lang.ServicesStandaloneSetup;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The DynaDeploy languages and their file extensions, set up once per JVM outside OSGi.
 */
public final class DynaDeployLanguages {

    public static final String SERVICES = "services";
    public static final String INFRASTRUCTURE = "infra";
    public static final String QOS = "qos";
    public static final String ID_RESOURCES = "idres";
    public static final String DISTRIBUTION = "dist";
    public static final String IDS = "ids";

    /** Every model file extension, in the order models depend on each other. */
    public static final Set<String> EXTENSIONS = Set.of(SERVICES, INFRASTRUCTURE, QOS, ID_RESOURCES, DISTRIBUTION, IDS);

    /** The languages set up so far, by extension: setting one up costs a few hundred milliseconds. */
    private static final Map<String, Injector> INJECTORS = new LinkedHashMap<>();

    private static boolean registeredOnDemand;

    private DynaDeployLanguages() {
    }

    /** Registers every language (idempotent) and returns the injector of each extension. */
    public static synchronized Map<String, Injector> setup() {
        for (String extension : List.of(SERVICES, INFRASTRUCTURE, QOS, ID_RESOURCES, DISTRIBUTION, IDS)) {
            injector(extension);
        }
        return Map.copyOf(INJECTORS);
    }

    /**
     * The injector of the language of a file extension, setting up (and registering with EMF)
     * only that language the first time. A command that reads only {@code .services} files never
     * pays for the other five languages. The others are registered on demand: creating a
     * resource of their extension sets them up then.
     */
    public static synchronized Injector injector(String extension) {
        registerOnDemand();
        Injector injector = INJECTORS.get(extension);
        if (injector == null) {
            injector = switch (extension) {
                case SERVICES -> new ServicesStandaloneSetup().createInjectorAndDoEMFRegistration();
                case INFRASTRUCTURE -> new InfrastructureStandaloneSetup().createInjectorAndDoEMFRegistration();
                case QOS -> new QosStandaloneSetup().createInjectorAndDoEMFRegistration();
                case ID_RESOURCES -> new IdResourcesStandaloneSetup().createInjectorAndDoEMFRegistration();
                case DISTRIBUTION -> new DistributionStandaloneSetup().createInjectorAndDoEMFRegistration();
                case IDS -> new IdsStandaloneSetup().createInjectorAndDoEMFRegistration();
                default -> throw new IllegalArgumentException("not a DynaDeploy model extension: " + extension);
            };
            INJECTORS.put(extension, injector);
        }
        return injector;
    }

    /**
     * An empty resource set for models of any of the languages, none of which is set up for it:
     * a language is set up when a file of it is first loaded or described in the set. For models
     * read from other formats (Disnix XML) that results may name.
     */
    public static synchronized XtextResourceSet resourceSet() {
        registerOnDemand();
        return new XtextResourceSet();
    }

    /**
     * Registers every extension with EMF and Xtext as a placeholder that sets its language up
     * when a resource of that extension is first created or described, so that resource sets
     * work for all six extensions while only the languages in use are set up.
     */
    private static void registerOnDemand() {
        if (registeredOnDemand) {
            return;
        }
        registeredOnDemand = true;
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        Map<String, Object> providers = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap();
        for (String extension : EXTENSIONS) {
            factories.putIfAbsent(extension,
                    (Resource.Factory.Descriptor) () -> injector(extension).getInstance(IResourceFactory.class));
            providers.putIfAbsent(extension, (IResourceServiceProvider.Provider) (uri, contentType) -> injector(extension)
                    .getInstance(IResourceServiceProvider.class));
        }
    }

    public static boolean isModelFile(Path file) {
        return EXTENSIONS.contains(extensionOf(file));
    }

    public static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
