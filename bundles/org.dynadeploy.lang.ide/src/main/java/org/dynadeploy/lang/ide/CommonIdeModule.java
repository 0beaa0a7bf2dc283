package org.dynadeploy.lang.ide;

import org.dynadeploy.lang.ide.rename.DynaDeployRenameService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;

import com.google.inject.Binder;

/** Ide bindings of the Common language: the generated ones plus the services all DynaDeploy languages share. */
public class CommonIdeModule extends AbstractCommonIdeModule {

    /** Replaces the generated binding: steps and custom filters are renamed with their uses. */
    @Override
    public Class<? extends IRenameService2> bindIRenameService2() {
        return DynaDeployRenameService.class;
    }

    @Override
    public void configure(Binder binder) {
        super.configure(binder);
        binder.install(new DynaDeployIdeServices());
    }
}
