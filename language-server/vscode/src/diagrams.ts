/**
 * "DynaDeploy: Open Diagram": a webview beside the text with the DynaDeploy GLSP client. The
 * GLSP server runs inside the language server (one per model folder, started by the server
 * command `dynadeploy.diagram.start`, on 127.0.0.1). The webview talks to this extension host
 * over postMessage and the extension host to the GLSP server over a websocket
 * (@eclipse-glsp/vscode-integration), so it also works in a remote window (code-server, SSH):
 * only the extension host, next to the server, opens the socket. Graphical edits come back from
 * the language server as workspace edits of the text documents, undoable in the text editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ClientState,
  createWebSocketConnection,
  GlspVscodeConnector,
  SocketGlspVscodeServer,
  WebviewEndpoint,
  wrapNodeWs,
} from '@eclipse-glsp/vscode-integration';
import type { MessageConnection } from 'vscode-jsonrpc';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { WebSocket } from 'ws';
import type { NotificationType } from 'vscode-messenger-common';
import {
  DIAGRAM_DESCRIPTIONS,
  DIAGRAM_KINDS,
  DIAGRAM_TITLES,
  DIAGRAM_TYPES,
  type DiagramKind,
  type DiagramStartResult,
  diagramPageHtml,
  isDiagramKind,
  isDiagramStartResult,
  makeNonce,
  START_DIAGRAMS_COMMAND,
} from './diagramPage';
import { EXCLUDED_FOLDERS_GLOB, LANGUAGES, MODEL_FILES_GLOB } from './languages';

/** The webview asks for another diagram kind of its folder (the header's switcher). */
const OpenDiagramNotification: NotificationType<{ kind: DiagramKind }> = { method: 'dynadeploy/openDiagram' };

/** How long connecting to a diagram server may take. */
const CONNECT_TIMEOUT_MS = 30000;

/** How often the websocket is pinged: the server closes connections idle for 30 s (Jetty's default). */
const KEEPALIVE_MS = 10000;

/**
 * GLSP's socket server connection, with a ping every {@link KEEPALIVE_MS} (a diagram nobody
 * touches is still open) and a failure instead of a wait forever when the socket does not open.
 */
class DiagramServerConnection extends SocketGlspVscodeServer {
  protected override createWebSocketConnection(address: string): Promise<MessageConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(address);
      let keepalive: NodeJS.Timeout | undefined;
      socket.once('open', () => {
        keepalive = setInterval(() => socket.ping(), KEEPALIVE_MS);
        resolve(createWebSocketConnection(wrapNodeWs(socket)));
      });
      socket.once('error', error => reject(error));
      socket.once('close', () => clearInterval(keepalive));
    });
  }
}

/** The websocket connection to one folder's diagram server, shared by that folder's panels. */
interface Connection {
  websocket: string;
  server: DiagramServerConnection;
  connector: GlspVscodeConnector;
}

/** An open diagram panel. */
export interface DiagramPanel {
  panel: vscode.WebviewPanel;
  kind: DiagramKind;
  folder: vscode.Uri;
  clientId: string;
}

export class DiagramManager implements vscode.Disposable {
  private readonly connections = new Map<string, Promise<Connection>>();
  private readonly panels = new Map<string, DiagramPanel>();
  private legendHtml: string | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly languageClient: () => Promise<LanguageClient | undefined>,
  ) {}

  /**
   * Opens (or reveals) a diagram of the model folder of {@code resource} (a model file or a
   * folder; default: the active editor's file). Without {@code kind} the user picks one.
   */
  async open(resource?: vscode.Uri, kind?: DiagramKind): Promise<DiagramPanel | undefined> {
    const target = await this.pickModel(resource);
    if (!target) {
      return undefined;
    }
    const chosen = kind ?? await this.pickKind();
    if (!chosen) {
      return undefined;
    }
    const client = await this.languageClient();
    if (!client) {
      void vscode.window.showErrorMessage('DynaDeploy: the language server is not running, so there are no diagrams (see the DynaDeploy output).');
      return undefined;
    }
    try {
      return await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `DynaDeploy: opening the ${DIAGRAM_TITLES[chosen].toLowerCase()} diagram…` },
        () => this.openWith(client, target, chosen),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.error(`Opening the ${chosen} diagram of ${target.toString(true)} failed: ${message}`);
      void vscode.window.showErrorMessage(`DynaDeploy: the diagram could not be opened: ${message}`);
      return undefined;
    }
  }

  private async openWith(client: LanguageClient, target: vscode.Uri, kind: DiagramKind): Promise<DiagramPanel | undefined> {
    const answer: unknown = await client.sendRequest(ExecuteCommandRequest.type,
      { command: START_DIAGRAMS_COMMAND, arguments: [target.toString()] });
    if (!isDiagramStartResult(answer)) {
      throw new Error(`the language server gave no diagram server (${JSON.stringify(answer)})`);
    }
    const started: DiagramStartResult = answer;
    if (!started.ok || !started.websocket || !started.folder) {
      void vscode.window.showErrorMessage(`DynaDeploy: ${started.message}`);
      return undefined;
    }
    const folder = vscode.Uri.parse(started.folder);
    const key = `${folder.toString()}#${kind}`;
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside);
      return existing;
    }
    this.output.info(`Diagram server of ${folder.fsPath}: ${started.websocket}`);
    const connection = await this.connect(started.websocket);
    return this.createPanel(connection, folder, kind, key);
  }

  private connect(websocket: string): Promise<Connection> {
    let connection = this.connections.get(websocket);
    if (!connection) {
      connection = this.doConnect(websocket);
      this.connections.set(websocket, connection);
      connection.catch(() => this.connections.delete(websocket));
    }
    return connection;
  }

  private async doConnect(websocket: string): Promise<Connection> {
    const server = new DiagramServerConnection({
      clientId: 'dynadeploy-vscode',
      clientName: 'DynaDeploy for VS Code',
      connectionOptions: { webSocketAddress: websocket },
    });
    const connector = new GlspVscodeConnector({ server, logging: false });
    void server.start();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        server.onReady,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer from the diagram server at ${websocket}`)), CONNECT_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      connector.dispose();
      server.dispose();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    const glspClient = await server.glspClient;
    glspClient.onCurrentStateChanged(state => {
      if (state === ClientState.Stopped || state === ClientState.ServerError) {
        // The language server (and its diagram servers) stopped: the next "Open Diagram" connects anew.
        this.output.info(`The diagram server at ${websocket} went away.`);
        this.connections.delete(websocket);
      }
    });
    return { websocket, server, connector };
  }

  private createPanel(connection: Connection, folder: vscode.Uri, kind: DiagramKind, key: string): DiagramPanel {
    const webviewRoot = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
    const panel = vscode.window.createWebviewPanel('dynadeploy.diagram',
      `${DIAGRAM_TITLES[kind]}: ${path.basename(folder.fsPath)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [webviewRoot] });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'icons', 'services.svg');
    panel.webview.html = diagramPageHtml({
      kind,
      folderLabel: vscode.workspace.asRelativePath(folder, true) || folder.fsPath,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, 'diagram.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, 'diagram.css')).toString(),
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      legendHtml: this.legend(),
    });
    const clientId = `dynadeploy-${kind}-${makeNonce().replace(/[^A-Za-z0-9]/g, '').slice(0, 10)}`;
    const diagramType = DIAGRAM_TYPES[kind];
    const endpoint = new WebviewEndpoint({
      webviewPanel: panel,
      messenger: connection.connector.messenger,
      diagramIdentifier: { clientId, diagramType, uri: folder.toString() },
    });
    const opened: DiagramPanel = { panel, kind, folder, clientId };
    this.panels.set(key, opened);
    const switcher = connection.connector.messenger.onNotification(OpenDiagramNotification, params => {
      if (isDiagramKind(params.kind)) {
        void this.open(folder, params.kind);
      }
    }, { sender: endpoint.messageParticipant });
    panel.onDidDispose(() => {
      switcher.dispose();
      if (this.panels.get(key) === opened) {
        this.panels.delete(key);
      }
    });
    void connection.connector.registerClient({
      clientId,
      diagramType,
      webviewEndpoint: endpoint,
      // The connector wants a document; the diagram's documents are the folder's model files.
      document: { uri: folder, dispose: () => undefined },
    }).catch(error => this.output.error(`The ${kind} diagram of ${folder.fsPath} did not connect: ${String(error)}`));
    return opened;
  }

  /** The legend of the standalone page, copied next to the webview bundle by scripts/bundle.mjs. */
  private legend(): string | undefined {
    if (this.legendHtml === undefined) {
      try {
        this.legendHtml = fs.readFileSync(path.join(this.context.extensionPath, 'dist', 'webview', 'legend.html'), 'utf8');
      } catch {
        this.legendHtml = '';
      }
    }
    return this.legendHtml || undefined;
  }

  private async pickKind(): Promise<DiagramKind | undefined> {
    const picked = await vscode.window.showQuickPick(
      DIAGRAM_KINDS.map(diagram => ({ label: DIAGRAM_TITLES[diagram], description: DIAGRAM_DESCRIPTIONS[diagram], diagram })),
      { placeHolder: 'Which diagram?' },
    );
    return picked?.diagram;
  }

  /** The model file or folder to show: the one given, the active editor's, or one the user picks. */
  private async pickModel(resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (resource instanceof vscode.Uri && resource.scheme === 'file') {
      return resource;
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active && active.uri.scheme === 'file' && LANGUAGES.some(language => language.id === active.languageId)) {
      return active.uri;
    }
    const files = await vscode.workspace.findFiles(MODEL_FILES_GLOB, EXCLUDED_FOLDERS_GLOB, 2000);
    const folders = [...new Set(files.map(file => path.dirname(file.fsPath)))].sort();
    if (folders.length === 0) {
      void vscode.window.showErrorMessage('DynaDeploy: there are no model files in the workspace to draw.');
      return undefined;
    }
    if (folders.length === 1) {
      return vscode.Uri.file(folders[0]);
    }
    const picked = await vscode.window.showQuickPick(
      folders.map(folder => ({ label: vscode.workspace.asRelativePath(folder, true), folder })),
      { placeHolder: 'Diagrams of which model folder?' },
    );
    return picked ? vscode.Uri.file(picked.folder) : undefined;
  }

  /** The panels open now (for tests). */
  openPanels(): DiagramPanel[] {
    return [...this.panels.values()];
  }

  /** The language server stopped: its diagram servers went with it. */
  languageServerStopped(): void {
    for (const connection of this.connections.values()) {
      void connection.then(c => {
        c.connector.dispose();
        c.server.dispose();
      }, () => undefined);
    }
    this.connections.clear();
  }

  dispose(): void {
    for (const opened of [...this.panels.values()]) {
      opened.panel.dispose();
    }
    this.languageServerStopped();
  }
}
