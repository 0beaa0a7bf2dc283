package org.dynadeploy.lang;

import com.google.inject.Injector;

/** Sets the Infrastructure language up outside OSGi. */
public class InfrastructureStandaloneSetup extends InfrastructureStandaloneSetupGenerated {

    public static void doSetup() {
        new InfrastructureStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // Not the generated chain through the parent grammars' setups: see StandaloneRegistration.
        return StandaloneRegistration.setUp(this::createInjector, this::register);
    }
}
