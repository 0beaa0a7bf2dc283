package org.dynadeploy.lang;

import com.google.inject.Injector;

/** Sets the Qos language up outside OSGi. */
public class QosStandaloneSetup extends QosStandaloneSetupGenerated {

    public static void doSetup() {
        new QosStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // Not the generated chain through the parent grammars' setups: see StandaloneRegistration.
        return StandaloneRegistration.setUp(this::createInjector, this::register);
    }
}
