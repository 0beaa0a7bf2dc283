// The diagram webview: the DynaDeploy GLSP client (the DI configuration, views and page helpers of
// bundles/org.dynadeploy.diagram.client/src, bundled in here by scripts/bundle.mjs) talking to the
// extension host over postMessage (vscode-messenger, @eclipse-glsp/vscode-integration-webview);
// the host holds the websocket to the GLSP server inside the language server.
import 'reflect-metadata';

import {
    ClientState,
    DiagramLoader,
    EditMode,
    EditorContextService,
    FitToScreenAction,
    GLSPActionDispatcher,
    GModelRoot,
    RedoAction,
    UndoAction,
    isBoundsAware
} from '@eclipse-glsp/client';
import {
    GLSPDiagramIdentifier,
    InitializeNotification,
    WebviewGlspClient,
    WebviewReadyNotification
} from '@eclipse-glsp/vscode-integration-webview';
import { Container } from 'inversify';
import { HOST_EXTENSION, NotificationType } from 'vscode-messenger-common';
import { Messenger, VsCodeApi } from 'vscode-messenger-webview';
import { createDiagramContainer } from '../../../../bundles/org.dynadeploy.diagram.client/src/di.config';
import '../../../../bundles/org.dynadeploy.diagram.client/src/diagram.css';
import { DiagramKind, DiagramTypes } from '../../../../bundles/org.dynadeploy.diagram.client/src/model';
import {
    initLegend,
    reportUncaughtErrors,
    setConnectionState,
    showMessage
} from '../../../../bundles/org.dynadeploy.diagram.client/src/page';
import './webview.css';

/** Asks the extension to open another diagram kind of the same folder (the header's switcher). */
const OpenDiagramNotification: NotificationType<{ kind: DiagramKind }> = { method: 'dynadeploy/openDiagram' };

declare function acquireVsCodeApi(): VsCodeApi;

/** Where the client's page helpers keep whether the legend is open. */
const LEGEND_KEY = 'dynadeploy.diagram.legend';

/** What a test (or a curious user in the webview's developer tools) can read. */
interface DynaDeployWebviewApi {
    clientId?: string;
    diagramType?: string;
    container?: Container;
    loaded: boolean;
}
const api: DynaDeployWebviewApi = { loaded: false };
(window as unknown as { dynadeploy: DynaDeployWebviewApi }).dynadeploy = api;

const messenger = new Messenger(acquireVsCodeApi());
let container: Container | undefined;

function kindOf(diagramType: string): DiagramKind {
    for (const [kind, type] of Object.entries(DiagramTypes)) {
        if (type === diagramType) {
            return kind as DiagramKind;
        }
    }
    return 'architecture';
}

function dispatch(...actions: Parameters<GLSPActionDispatcher['dispatchAll']>[0]): void {
    container?.get(GLSPActionDispatcher).dispatchAll(actions);
}

function modelRoot(): Readonly<GModelRoot> | undefined {
    try {
        return container?.get(EditorContextService).modelRoot;
    } catch {
        return undefined;
    }
}

function fit(maxZoom: number, animate: boolean): void {
    const root = modelRoot();
    if (root) {
        const ids = root.children.filter(child => isBoundsAware(child)).map(child => child.id);
        dispatch(FitToScreenAction.create(ids, { padding: 24, maxZoom, animate }));
    }
}

function initToolbar(clientId: string, current: DiagramKind): void {
    const on = (id: string, handler: () => void): void => {
        document.getElementById(id)?.addEventListener('click', event => {
            event.preventDefault();
            handler();
            document.getElementById(clientId)?.querySelector<SVGElement>('svg')?.focus();
        });
    };
    on('dd-undo', () => dispatch(UndoAction.create()));
    on('dd-redo', () => dispatch(RedoAction.create()));
    on('dd-fit', () => fit(1.5, true));
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-diagram-kind]'))) {
        const kind = link.dataset.diagramKind as DiagramKind;
        link.classList.toggle('active', kind === current);
        link.addEventListener('click', event => {
            event.preventDefault();
            if (kind !== current) {
                messenger.sendNotification(OpenDiagramNotification, HOST_EXTENSION, { kind });
            }
        });
    }
}

async function start(identifier: GLSPDiagramIdentifier): Promise<void> {
    if (container) {
        // The host sent the identifier again (the panel was restored): load the model again.
        await container.get(DiagramLoader).load();
        return;
    }
    const kind = kindOf(identifier.diagramType);
    api.clientId = identifier.clientId;
    api.diagramType = identifier.diagramType;
    document.body.dataset.diagramKind = kind;
    // Beside the text there is less room than in a browser: the legend starts folded (the toggle
    // brings it back, and the choice is kept).
    try {
        if (window.localStorage.getItem(LEGEND_KEY) === null) {
            window.localStorage.setItem(LEGEND_KEY, 'closed');
        }
    } catch {
        // no storage in this webview: the client's default
    }
    initLegend(kind);
    initToolbar(identifier.clientId, kind);

    const glspClient = new WebviewGlspClient({ id: identifier.diagramType, messenger });
    glspClient.onCurrentStateChanged(state => {
        if (state === ClientState.Running) {
            setConnectionState('connected', 'connected');
        } else if (state === ClientState.Stopped || state === ClientState.StartFailed || state === ClientState.ServerError) {
            setConnectionState('disconnected', 'disconnected');
            if (api.loaded) {
                showMessage('ERROR', 'The connection to the DynaDeploy diagram server (in the language server) was lost;'
                    + ' close this diagram and open it again.');
            }
        }
    });
    const div = document.createElement('div');
    div.id = identifier.clientId; // GLSP renders into the element whose id is the client id
    div.className = 'dd-diagram';
    (document.getElementById('dd-diagram-host') ?? document.body).appendChild(div);

    container = createDiagramContainer({
        clientId: identifier.clientId,
        diagramType: identifier.diagramType,
        glspClientProvider: async () => glspClient,
        sourceUri: identifier.uri,
        editMode: EditMode.EDITABLE
    });
    api.container = container;
    setConnectionState('connecting', 'connecting…');
    try {
        await container.get(DiagramLoader).load();
        setConnectionState('connected', 'connected');
        const root = modelRoot();
        if (root && root.canvasBounds.width > 0) {
            let right = 0;
            let bottom = 0;
            for (const child of root.children) {
                if (isBoundsAware(child)) {
                    right = Math.max(right, child.bounds.x + child.bounds.width);
                    bottom = Math.max(bottom, child.bounds.y + child.bounds.height);
                }
            }
            if (right > root.canvasBounds.width || bottom > root.canvasBounds.height) {
                fit(1, false);
            }
        }
        api.loaded = true;
        document.body.dataset.loaded = 'true';
    } catch (error) {
        setConnectionState('disconnected', 'not loaded');
        showMessage('ERROR', `The diagram could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
}

reportUncaughtErrors();
messenger.onNotification<GLSPDiagramIdentifier>(InitializeNotification, identifier => void start(identifier));
messenger.start();
messenger.sendNotification(WebviewReadyNotification, HOST_EXTENSION);
