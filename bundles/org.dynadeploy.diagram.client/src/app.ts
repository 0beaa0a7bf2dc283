// The standalone DynaDeploy diagram page: connects to the GLSP server that served it
// (ws://<host>/glsp), opens the diagram type of `?type=` and wires the toolbar.
//
// URL parameters: type=architecture|deployment|infrastructure (default architecture),
// source=<model file or folder> (optional, passed as the GLSP sourceUri), server=<ws url> (optional,
// another GLSP endpoint), readonly (view only).
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    CenterAction,
    DiagramLoader,
    EditMode,
    EditorContextService,
    FitToScreenAction,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    GModelRoot,
    RedoAction,
    SetViewportAction,
    UndoAction,
    isBoundsAware,
    isViewport
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import './diagram.css';
import { createDiagramContainer } from './di.config';
import { DiagramTypes } from './model';
import { diagramKindFromUrl, initLegend, initTypeSwitcher, reportUncaughtErrors, setConnectionState, showMessage } from './page';

const APPLICATION_ID = 'dynadeploy';

const params = new URLSearchParams(window.location.search);
const kind = diagramKindFromUrl();
const diagramType = DiagramTypes[kind];
const clientId = `dynadeploy-${kind}-${Math.random().toString(36).slice(2, 10)}`;
const serverUrl = params.get('server') ?? `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/glsp`;

/**
 * What a host page, an editor integration or a test can use: the client id (= the diagram div's
 * id), the diagram type, the container, and two viewport commands.
 */
interface DynaDeployDiagramApi {
    clientId: string;
    diagramType: string;
    serverUrl: string;
    container?: Container;
    loaded: boolean;
    /** Scrolls the elements with these ids into the middle of the view (zoom unchanged). */
    reveal(elementIds: string[]): Promise<void>;
    /** Fits the whole diagram into the view. */
    fit(): Promise<void>;
    /** Dispatches GLSP actions (those the server handles go to the server). */
    dispatch(...actions: Action[]): Promise<void>;
}
const api: DynaDeployDiagramApi = {
    clientId,
    diagramType,
    serverUrl,
    loaded: false,
    reveal: elementIds => dispatch(CenterAction.create(elementIds, { animate: false, retainZoom: true })),
    fit: () => fitAll(1.5, false),
    dispatch: (...actions) => dispatch(...actions)
};
(window as unknown as { dynadeploy: DynaDeployDiagramApi }).dynadeploy = api;

let glspClient: GLSPClient | undefined;
let container: Container | undefined;

/** Reports the socket's state on the page; GLSP's provider reconnects on its own. */
class ObservedWebSocketProvider extends GLSPWebSocketProvider {
    protected override createWebSocket(url: string): WebSocket {
        const socket = super.createWebSocket(url);
        socket.addEventListener('open', () => setConnectionState('connected'));
        socket.addEventListener('close', () => {
            if (api.loaded) {
                setConnectionState('disconnected', 'disconnected, reconnecting…');
                showMessage('ERROR', 'The connection to the DynaDeploy diagram server was lost; edits are not saved until it is back.');
            } else {
                setConnectionState('disconnected', 'no server');
            }
        });
        return socket;
    }
}

function createDiagramDiv(): HTMLElement {
    const host = document.getElementById('dd-diagram-host') ?? document.body;
    const div = document.createElement('div');
    div.id = clientId; // GLSP renders into the element whose id is the client id
    div.className = 'dd-diagram';
    host.appendChild(div);
    return div;
}

async function initialize(connection: MessageConnection): Promise<void> {
    glspClient = new BaseJsonrpcGLSPClient({ id: APPLICATION_ID, connectionProvider: connection });
    const client = glspClient;
    container = createDiagramContainer({
        clientId,
        diagramType,
        glspClientProvider: async () => client,
        sourceUri: params.get('source') ?? undefined,
        editMode: params.has('readonly') ? EditMode.READONLY : EditMode.EDITABLE
    });
    api.container = container;
    try {
        await container.get(DiagramLoader).load();
        fitIfLarger();
        api.loaded = true;
        document.body.dataset.loaded = 'true';
    } catch (error) {
        showMessage('ERROR', `The diagram could not be opened: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
    }
}

/** After a lost connection, the simplest complete recovery is a fresh page (a new session with the server). */
function reconnect(): void {
    showMessage('INFO', 'Reconnected to the diagram server; reloading the diagram.');
    glspClient?.stop();
    window.location.reload();
}

function modelRoot(): Readonly<GModelRoot> | undefined {
    try {
        return container?.get(EditorContextService).modelRoot;
    } catch {
        return undefined;
    }
}

function dispatch(...actions: Action[]): Promise<void> {
    if (!container) {
        return Promise.resolve();
    }
    return container.get(GLSPActionDispatcher).dispatchAll(actions);
}

/** Zooms by a factor about the middle of the canvas. */
function zoomBy(factor: number): void {
    const root = modelRoot();
    if (!root || !isViewport(root)) {
        return;
    }
    const canvas = root.canvasBounds;
    const zoom = Math.min(8, Math.max(0.1, root.zoom * factor));
    const centre = { x: root.scroll.x + canvas.width / 2 / root.zoom, y: root.scroll.y + canvas.height / 2 / root.zoom };
    const scroll = { x: centre.x - canvas.width / 2 / zoom, y: centre.y - canvas.height / 2 / zoom };
    dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: true }));
}

/** The top-level elements, what "fit" shows (GLSP's own fit shows the selection when there is one). */
function topLevelIds(root: Readonly<GModelRoot>): string[] {
    return root.children.filter(child => isBoundsAware(child)).map(child => child.id);
}

function fitAll(maxZoom: number, animate: boolean): Promise<void> {
    const root = modelRoot();
    return root ? dispatch(FitToScreenAction.create(topLevelIds(root), { padding: 24, maxZoom, animate })) : Promise.resolve();
}

/** A diagram larger than the window opens zoomed out to fit it; a smaller one opens at 100 %. */
function fitIfLarger(): void {
    const root = modelRoot();
    if (!root) {
        return;
    }
    let right = 0;
    let bottom = 0;
    for (const child of root.children) {
        if (isBoundsAware(child)) {
            right = Math.max(right, child.bounds.x + child.bounds.width);
            bottom = Math.max(bottom, child.bounds.y + child.bounds.height);
        }
    }
    const canvas = root.canvasBounds;
    if (canvas.width > 0 && (right > canvas.width || bottom > canvas.height)) {
        fitAll(1, false);
    }
}

function initToolbar(): void {
    const on = (id: string, handler: () => void): void => {
        document.getElementById(id)?.addEventListener('click', event => {
            event.preventDefault();
            handler();
            // keep the keyboard on the diagram (Delete, Ctrl+Z, arrows)
            document.getElementById(clientId)?.querySelector<SVGElement>('svg')?.focus();
        });
    };
    on('dd-zoom-in', () => zoomBy(1.25));
    on('dd-zoom-out', () => zoomBy(0.8));
    on('dd-fit', () => fitAll(1.5, true));
    on('dd-undo', () => dispatch(UndoAction.create()));
    on('dd-redo', () => dispatch(RedoAction.create()));
}

function main(): void {
    reportUncaughtErrors();
    initTypeSwitcher(kind);
    initLegend(kind);
    initToolbar();
    createDiagramDiv();
    setConnectionState('connecting', 'connecting…');
    new ObservedWebSocketProvider(serverUrl, { reconnectDelay: 2000 }).listen({
        onConnection: initialize,
        onReconnect: reconnect,
        logger: console
    });
}

main();
