// The dependency-injection container of the DynaDeploy diagram client: GLSP's default and
// standalone modules, our element views, drag-and-drop into another owner, and visible messages.
import {
    Action,
    ChangeBoundsTool,
    ConsoleLogger,
    ContainerConfiguration,
    EditorContextService,
    EndProgressAction,
    FeatureModule,
    GCompartment,
    GEdge,
    GGraph,
    GGraphView,
    GLabel,
    GNode,
    IActionHandler,
    IDiagramOptions,
    LogLevel,
    MessageAction,
    STANDALONE_MODULES,
    StartProgressAction,
    StatusAction,
    TYPES,
    UpdateProgressAction,
    ViewerOptions,
    bindAsService,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    copyPasteModule,
    createDiagramOptionsModule,
    initializeDiagramContainer,
    overrideModelElement,
    saveModule,
    standaloneCopyPasteModule,
    standaloneDefaultModule
} from '@eclipse-glsp/client';
import { Container, inject, injectable, postConstruct } from 'inversify';
import { ElementTypes, HeadingLabel, NameLabel } from './model';
import { showMessage } from './page';
import { ReparentingChangeBoundsTool } from './reparent';
import {
    CompartmentView,
    ContainerNodeView,
    DependencyEdgeView,
    GroupNodeView,
    LabelView,
    ServiceNodeView,
    TargetNodeView
} from './views';

/**
 * Shows what the server reports: every MessageAction, and StatusActions of severity ERROR/FATAL
 * (GLSP's status overlay shows all of them too, but only until the next status). Progress
 * reports are logged only.
 */
@injectable()
export class MessagePanelHandler implements IActionHandler {
    handle(action: Action): void {
        if (MessageAction.is(action)) {
            showMessage(action.severity, action.message, action.details);
        } else if (StatusAction.is(action) && (action.severity === 'ERROR' || action.severity === 'FATAL')) {
            showMessage(action.severity, action.message);
        }
    }
}

@injectable()
export class ProgressLogger implements IActionHandler {
    handle(action: Action): void {
        console.debug('dynadeploy diagram: progress', action);
    }
}

/** Counts model updates on `document.body.dataset.revision`, so a page (or a test) can wait for the next one. */
@injectable()
export class RevisionTracker {
    @inject(EditorContextService) protected editorContext!: EditorContextService;

    @postConstruct()
    protected init(): void {
        this.editorContext.onModelRootChanged(root => {
            const revision = Number(document.body.dataset.revision ?? '0') + 1;
            document.body.dataset.revision = String(revision);
            let elements = 0;
            root.index.all().forEach(() => elements++);
            document.body.dataset.elements = String(elements);
        });
    }
}

export const dynadeployDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);

        // element types of the three diagrams
        configureDefaultModelElements(context);
        overrideModelElement(context, ElementTypes.graph, GGraph, GGraphView);
        configureModelElement(context, ElementTypes.group, GNode, GroupNodeView);
        configureModelElement(context, ElementTypes.service, GNode, ServiceNodeView);
        configureModelElement(context, ElementTypes.deployed, GNode, ServiceNodeView);
        configureModelElement(context, ElementTypes.target, GNode, TargetNodeView);
        configureModelElement(context, ElementTypes.container, GNode, ContainerNodeView);
        configureModelElement(context, ElementTypes.groupCompartment, GCompartment, CompartmentView);
        configureModelElement(context, ElementTypes.targetCompartment, GCompartment, CompartmentView);
        configureModelElement(context, ElementTypes.heading, HeadingLabel, LabelView);
        configureModelElement(context, ElementTypes.name, NameLabel, LabelView);
        configureModelElement(context, ElementTypes.type, GLabel, LabelView);
        configureModelElement(context, ElementTypes.property, GLabel, LabelView);
        configureModelElement(context, ElementTypes.dependsOn, GEdge, DependencyEdgeView);
        configureModelElement(context, ElementTypes.connectsTo, GEdge, DependencyEdgeView);

        // drag and drop into another group / target
        bindOrRebind(context, ChangeBoundsTool).to(ReparentingChangeBoundsTool).inSingletonScope();

        // messages (in place of the standalone fallback handler, which only logs them)
        bind(MessagePanelHandler).toSelf().inSingletonScope();
        configureActionHandler(context, MessageAction.KIND, MessagePanelHandler);
        configureActionHandler(context, StatusAction.KIND, MessagePanelHandler);
        bind(ProgressLogger).toSelf().inSingletonScope();
        configureActionHandler(context, StartProgressAction.KIND, ProgressLogger);
        configureActionHandler(context, UpdateProgressAction.KIND, ProgressLogger);
        configureActionHandler(context, EndProgressAction.KIND, ProgressLogger);

        bind(RevisionTracker).toSelf().inSingletonScope();
        bindAsService(context, TYPES.IDiagramStartup, RevisionStartup);
    },
    { featureId: Symbol('dynadeployDiagram') }
);

/** Creates the RevisionTracker when the diagram loads (nothing else asks for it). */
@injectable()
export class RevisionStartup {
    @inject(RevisionTracker) protected tracker!: RevisionTracker;
    preLoadDiagram(): void {
        // the injection above did the work
    }
}

/**
 * GLSP's modules less those whose operations the DynaDeploy server does not edit the text with:
 * copy/paste (PasteOperation, CutOperation), save (the text is written on every edit) and the
 * standalone default module (a fallback that only logs messages, and Ctrl+Shift+L layout; the
 * server lays the diagram out itself).
 */
export function createDiagramContainer(options: IDiagramOptions, viewerOptions?: Partial<ViewerOptions>): Container {
    const config: ContainerConfiguration = [
        createDiagramOptionsModule(options, { needsClientLayout: false, needsServerLayout: false, ...viewerOptions }),
        {
            add: [...STANDALONE_MODULES, dynadeployDiagramModule],
            remove: [copyPasteModule, standaloneCopyPasteModule, saveModule, standaloneDefaultModule]
        }
    ];
    return initializeDiagramContainer(new Container(), ...config);
}
