package org.dynadeploy.lang;

import com.google.inject.Injector;

/** Sets the Services language up outside OSGi. */
public class ServicesStandaloneSetup extends ServicesStandaloneSetupGenerated {

    public static void doSetup() {
        new ServicesStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // Not the generated chain through the parent grammars' setups: see StandaloneRegistration.
        return StandaloneRegistration.setUp(this::createInjector, this::register);
    }
}
