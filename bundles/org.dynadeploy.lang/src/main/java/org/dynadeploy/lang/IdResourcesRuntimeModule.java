package org.dynadeploy.lang;

import org.dynadeploy.lang.conversion.DynaDeployValueConverters;
import org.dynadeploy.lang.formatting.DynaDeployFormatter;
import org.dynadeploy.lang.linking.DynaDeployLinkingDiagnosticMessageProvider;
import org.dynadeploy.lang.naming.DynaDeployQualifiedNameProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

/** Guice bindings of the IdResources language; the shared ones are the same in every language module. */
public class IdResourcesRuntimeModule extends AbstractIdResourcesRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return DynaDeployValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return DynaDeployQualifiedNameProvider.class;
    }

    public Class<? extends IFormatter2> bindIFormatter2() {
        return DynaDeployFormatter.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return DynaDeployLinkingDiagnosticMessageProvider.class;
    }
}
