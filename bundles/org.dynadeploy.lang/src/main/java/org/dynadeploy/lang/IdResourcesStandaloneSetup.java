package org.dynadeploy.lang;

import org.dynadeploy.model.ModelPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Sets the IdResources language up outside OSGi, registering the DynaDeploy EPackage first. */
public class IdResourcesStandaloneSetup extends IdResourcesStandaloneSetupGenerated {

    public static void doSetup() {
        new IdResourcesStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // The generated setup does not register imported EPackages: without this every parse
        // fails with unresolved proxies.
        EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        return super.createInjectorAndDoEMFRegistration();
    }
}
