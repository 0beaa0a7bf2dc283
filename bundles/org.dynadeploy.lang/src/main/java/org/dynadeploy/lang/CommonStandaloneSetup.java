package org.dynadeploy.lang;

import com.google.inject.Injector;

/** Sets the Common language up outside OSGi. */
public class CommonStandaloneSetup extends CommonStandaloneSetupGenerated {

    public static void doSetup() {
        new CommonStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // Not the generated chain through the parent grammars' setups: see StandaloneRegistration.
        return StandaloneRegistration.setUp(this::createInjector, this::register);
    }
}
