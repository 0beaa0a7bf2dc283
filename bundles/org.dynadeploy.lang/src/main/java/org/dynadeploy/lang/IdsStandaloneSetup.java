package org.dynadeploy.lang;

import com.google.inject.Injector;

/** Sets the Ids language up outside OSGi. */
public class IdsStandaloneSetup extends IdsStandaloneSetupGenerated {

    public static void doSetup() {
        new IdsStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // Not the generated chain through the parent grammars' setups: see StandaloneRegistration.
        return StandaloneRegistration.setUp(this::createInjector, this::register);
    }
}
