package org.dynadeploy.lang;

import com.google.inject.Injector;

/** Sets the IdResources language up outside OSGi. */
public class IdResourcesStandaloneSetup extends IdResourcesStandaloneSetupGenerated {

    public static void doSetup() {
        new IdResourcesStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // Not the generated chain through the parent grammars' setups: see StandaloneRegistration.
        return StandaloneRegistration.setUp(this::createInjector, this::register);
    }
}
