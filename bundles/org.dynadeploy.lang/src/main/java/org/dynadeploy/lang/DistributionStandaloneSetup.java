package org.dynadeploy.lang;

import com.google.inject.Injector;

/** Sets the Distribution language up outside OSGi. */
public class DistributionStandaloneSetup extends DistributionStandaloneSetupGenerated {

    public static void doSetup() {
        new DistributionStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // Not the generated chain through the parent grammars' setups: see StandaloneRegistration.
        return StandaloneRegistration.setUp(this::createInjector, this::register);
    }
}
