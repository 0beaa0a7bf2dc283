package org.dynadeploy.diagram.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.undoredo.UndoRedoActionHandler;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * The GLSP bindings of one DynaDeploy diagram type. All three types bind a handler for every
 * operation the client tools can send; what makes no sense in a type is refused with a message.
 * The shared {@link org.dynadeploy.diagram.DiagramContext} comes from the server module.
 */
public class DynaDeployDiagramModule extends DiagramModule {

    private final String diagramType;

    public DynaDeployDiagramModule(String diagramType) {
        this.diagramType = diagramType;
    }

    @Override
    public String getDiagramType() {
        return diagramType;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return DynaDeployDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return DynaDeployGModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return DynaDeploySourceStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return DynaDeployGModelFactory.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return NameLabelValidator.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return DynaDeployToolPalette.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.rebind(OperationActionHandler.class, SafeOperationActionHandler.class);
        binding.rebind(UndoRedoActionHandler.class, SafeUndoRedoHandler.class);
        binding.add(RefreshDiagramHandler.class);
        binding.add(ClipboardHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.rebind(LayoutOperationHandler.class, LayoutHandler.class);
        binding.rebind(GModelCutOperationHandler.class, UnsupportedHandlers.Cut.class);
        binding.add(UnsupportedHandlers.Paste.class);
        binding.add(CreateServiceHandler.class);
        binding.add(CreateReferenceHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(LabelEditHandler.class);
        binding.add(ChangeContainerHandler.class);
        binding.add(ReconnectHandler.class);
        binding.add(ChangeBoundsHandler.class);
        binding.add(RoutingPointsHandler.class);
    }
}
