/**
 * The DynaDeploy extension: starts the DynaDeploy language server (a Java fat jar shipped in the
 * extension) for the six DynaDeploy languages, shows its state in the status bar, offers the
 * server's planning commands in the command palette, and opens the diagrams (see diagrams.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { DiagramManager } from './diagrams';
import type { DiagramKind } from './diagramPage';
import { DocsServer } from './docsServer';
import { findJava, type JavaRuntime, MINIMUM_JAVA, serverJvmArgs } from './java';
import {
  type CommandResult,
  EXCLUDED_FOLDERS_GLOB,
  isCommandResult,
  LANGUAGES,
  MODEL_FILES_GLOB,
  POLICY_LANGUAGE,
  SERVER_COMMANDS,
  type ServerCommand,
} from './languages';

const SERVER_JAR = path.join('server', 'dynadeploy-language-server.jar');
const SETTING_JAVA_HOME = 'dynadeploy.java.home';

let controller: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('DynaDeploy', { log: true });
  const status = vscode.window.createStatusBarItem('dynadeploy.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'DynaDeploy Language Server';
  status.command = 'dynadeploy.showOutput';
  context.subscriptions.push(output, status);

  controller = new ServerController(context, output, status);
  const server = controller;
  const diagrams = new DiagramManager(context, output, () => server.start());
  server.onStopped = () => diagrams.languageServerStopped();
  const openDiagram = (kind?: DiagramKind) => (resource?: vscode.Uri) => diagrams.open(resource, kind);
  context.subscriptions.push(
    diagrams,
    vscode.commands.registerCommand('dynadeploy.openDiagram', openDiagram()),
    vscode.commands.registerCommand('dynadeploy.openArchitectureDiagram', openDiagram('architecture')),
    vscode.commands.registerCommand('dynadeploy.openDeploymentDiagram', openDiagram('deployment')),
    vscode.commands.registerCommand('dynadeploy.openInfrastructureDiagram', openDiagram('infrastructure')),
    vscode.commands.registerCommand('dynadeploy.runPlan', (resource?: vscode.Uri) =>
      server.runOnPolicy(SERVER_COMMANDS.plan, resource)),
    vscode.commands.registerCommand('dynadeploy.runAssignIds', (resource?: vscode.Uri) =>
      server.runOnPolicy(SERVER_COMMANDS.assignIds, resource)),
    vscode.commands.registerCommand('dynadeploy.runGenerateDocs', (resource?: vscode.Uri) =>
      server.runOnPolicy(SERVER_COMMANDS.generateDocs, resource)),
    vscode.commands.registerCommand('dynadeploy.openGeneratedDocs', () => server.openGeneratedDocs()),
    vscode.commands.registerCommand('dynadeploy.restartServer', () => server.restart()),
    vscode.commands.registerCommand('dynadeploy.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration(SETTING_JAVA_HOME) || event.affectsConfiguration('dynadeploy.server.jvmArgs')) {
        output.info('The Java settings changed: restarting the server.');
        void server.restart();
      }
    }),
    { dispose: () => void server.stop() },
  );
  void server.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}

/**
 * Opens the Settings editor at dynadeploy.java.home. The setting names a path on the machine the
 * extension runs on, so in a remote window (SSH, container, code-server) it is a Remote setting:
 * the User tab would not show it there.
 */
function openJavaHomeSetting(): void {
  const local = () => vscode.commands.executeCommand('workbench.action.openSettings', SETTING_JAVA_HOME);
  if (vscode.env.remoteName) {
    vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query: SETTING_JAVA_HOME }).then(undefined, local);
  } else {
    void local();
  }
}

type ServerState = 'starting' | 'ready' | 'error' | 'stopped';

class ServerController {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private java: JavaRuntime | undefined;
  private stopping = false;
  private watcher: vscode.FileSystemWatcher | undefined;
  private lastDocsIndex: vscode.Uri | undefined;
  private readonly docsServers = new Map<string, DocsServer>();
  /** Called when the server stops (its diagram servers stop with it). */
  onStopped: (() => void) | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly status: vscode.StatusBarItem,
  ) {
    context.subscriptions.push({ dispose: () => this.docsServers.forEach(server => server.dispose()) });
  }

  private log(message: string): void {
    this.output.info(message);
  }

  private setState(state: ServerState, detail?: string): void {
    const java = this.java ? `Java ${this.java.major} (${this.java.executable})` : '';
    switch (state) {
      case 'starting':
        this.status.text = '$(loading~spin) DynaDeploy';
        this.status.tooltip = `DynaDeploy language server: starting${java ? ` on ${java}` : ''}`;
        this.status.backgroundColor = undefined;
        break;
      case 'ready':
        this.status.text = '$(check) DynaDeploy';
        this.status.tooltip = `DynaDeploy language server: ready${java ? ` on ${java}` : ''}`;
        this.status.backgroundColor = undefined;
        break;
      case 'stopped':
        this.status.text = '$(circle-slash) DynaDeploy';
        this.status.tooltip = 'DynaDeploy language server: stopped';
        this.status.backgroundColor = undefined;
        break;
      case 'error':
        this.status.text = '$(error) DynaDeploy';
        this.status.tooltip = `DynaDeploy language server: error${detail ? ` — ${detail}` : ''}. Click for the log.`;
        this.status.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
    }
    this.status.show();
  }

  /** Starts the server unless it runs or is starting; resolves to the client, or undefined on failure. */
  start(): Promise<LanguageClient | undefined> {
    if (this.client && this.client.state !== State.Stopped) {
      return Promise.resolve(this.client);
    }
    if (!this.starting) {
      this.starting = this.doStart().finally(() => {
        this.starting = undefined;
      });
    }
    return this.starting;
  }

  private async doStart(): Promise<LanguageClient | undefined> {
    this.stopping = false;
    this.setState('starting');
    const jar = this.serverJar();
    if (!fs.existsSync(jar)) {
      this.log(`The language server is missing: ${jar}`);
      this.setState('error', 'the server jar is missing');
      void vscode.window.showErrorMessage(`DynaDeploy: the language server is missing from the extension (${jar}). Reinstall the extension.`);
      return undefined;
    }

    const config = vscode.workspace.getConfiguration('dynadeploy');
    const discovery = await findJava({ settingHome: config.get<string>('java.home', '') });
    for (const rejection of discovery.rejected) {
      this.log(`Java candidate ${rejection.candidate} (${rejection.source}) ${rejection.reason}.`);
    }
    const runtime = discovery.runtime;
    if (!runtime) {
      this.java = undefined;
      this.setState('error', `no Java ${MINIMUM_JAVA}+ found`);
      this.log(`No Java ${MINIMUM_JAVA} or newer found (looked at ${SETTING_JAVA_HOME}, JAVA_HOME, the JVM folders and the PATH).`);
      void vscode.window.showErrorMessage(
        `DynaDeploy needs Java ${MINIMUM_JAVA} or newer to run its language server, and none was found. `
        + `Install a JDK ${MINIMUM_JAVA}+ or set "${SETTING_JAVA_HOME}" to one.`,
        'Open Setting', 'Show Log',
      ).then(choice => {
        if (choice === 'Open Setting') {
          openJavaHomeSetting();
        } else if (choice === 'Show Log') {
          this.output.show(true);
        }
      });
      return undefined;
    }
    const settingRejected = discovery.rejected.find(rejection => rejection.source === 'setting');
    if (settingRejected) {
      void vscode.window.showWarningMessage(
        `DynaDeploy: "${SETTING_JAVA_HOME}" (${settingRejected.candidate}) ${settingRejected.reason}; `
        + `using Java ${runtime.major} from ${runtime.home ?? runtime.executable} instead.`, 'Open Setting',
      ).then(choice => {
        if (choice === 'Open Setting') {
          openJavaHomeSetting();
        }
      });
    }
    this.java = runtime;
    this.setState('starting');

    const args = [...serverJvmArgs(runtime.major, config.get<string[]>('server.jvmArgs', []), this.classArchive(runtime)), '-jar', jar];
    this.log(`Starting the language server: ${runtime.executable} ${args.join(' ')} (Java ${runtime.major}, from ${runtime.source})`);
    const serverOptions: ServerOptions = {
      command: runtime.executable,
      args,
      transport: TransportKind.stdio,
      options: { env: { ...process.env, ...(runtime.home ? { JAVA_HOME: runtime.home } : {}) } },
    };
    this.disposeWatcher();
    const watcher = vscode.workspace.createFileSystemWatcher(MODEL_FILES_GLOB);
    this.watcher = watcher;
    const clientOptions: LanguageClientOptions = {
      documentSelector: LANGUAGES.map(language => ({ scheme: 'file', language: language.id })),
      synchronize: { fileEvents: watcher },
      outputChannel: this.output,
      traceOutputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: {
        // The code lenses above a policy run the server's commands directly: see their results too.
        executeCommand: async (command, commandArgs, next) => {
          const result: unknown = await next(command, commandArgs);
          this.afterCommand(command, result);
          return result;
        },
      },
    };
    // The id 'dynadeploy' makes the client read the 'dynadeploy.trace.server' setting.
    const client = new LanguageClient('dynadeploy', 'DynaDeploy Language Server', serverOptions, clientOptions);
    client.onDidChangeState(event => {
      if (event.newState === State.Running) {
        this.setState('ready');
        this.log('The language server is ready.');
      } else if (event.newState === State.Starting) {
        this.setState('starting');
      } else if (event.newState === State.Stopped) {
        this.onStopped?.();
        this.setState(this.stopping ? 'stopped' : 'error', this.stopping ? undefined : 'the server stopped');
      }
    });
    this.client = client;
    try {
      await client.start();
      return client;
    } catch (error) {
      this.log(`The language server did not start: ${String(error)}`);
      this.setState('error', error instanceof Error ? error.message : String(error));
      if (this.client === client) {
        this.client = undefined;
      }
      await client.dispose().catch(() => undefined);
      this.disposeWatcher();
      return undefined;
    }
  }

  /** Where this Java keeps the server's class-data sharing archive (per extension version and Java). */
  private classArchive(runtime: JavaRuntime): string | undefined {
    try {
      const folder = this.context.globalStorageUri.fsPath;
      fs.mkdirSync(folder, { recursive: true });
      const version = String(this.context.extension?.packageJSON?.version ?? 'dev');
      return path.join(folder, `server-${version}-java${runtime.major}.jsa`);
    } catch {
      return undefined; // no storage: the server starts without the archive
    }
  }

  private serverJar(): string {
    // A developer may point at a freshly built server jar without repackaging the extension.
    const override = process.env.DYNADEPLOY_LANGUAGE_SERVER_JAR;
    return override && override.trim() ? override : this.context.asAbsolutePath(SERVER_JAR);
  }

  private disposeWatcher(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.disposeWatcher();
    if (client) {
      this.stopping = true;
      try {
        if (client.state !== State.Stopped) {
          await client.stop(10000);
        }
      } catch (error) {
        this.log(`Stopping the language server: ${String(error)}`);
      }
      await client.dispose().catch(() => undefined);
    }
  }

  async restart(): Promise<void> {
    this.log('Restarting the language server.');
    await this.starting?.catch(() => undefined);
    await this.stop();
    const client = await this.start();
    if (client) {
      void vscode.window.setStatusBarMessage('DynaDeploy: language server restarted', 3000);
    }
  }

  /** Runs one of the server's commands on a policy: the given one, the active one, or one of the workspace's. */
  async runOnPolicy(command: ServerCommand, resource?: vscode.Uri): Promise<CommandResult | undefined> {
    const policy = await this.pickPolicy(resource);
    if (!policy) {
      return undefined;
    }
    const client = await this.start();
    if (!client) {
      void vscode.window.showErrorMessage('DynaDeploy: the language server is not running (see the DynaDeploy output).');
      return undefined;
    }
    const what = { [SERVER_COMMANDS.plan]: 'Planning', [SERVER_COMMANDS.assignIds]: 'Assigning ids', [SERVER_COMMANDS.generateDocs]: 'Generating docs' }[command];
    this.log(`${what} for ${vscode.workspace.asRelativePath(policy)}`);
    try {
      const result: unknown = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `DynaDeploy: ${what.toLowerCase()}…` },
        () => client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [policy.toString()] }),
      );
      this.afterCommand(command, result);
      return isCommandResult(result) ? result : undefined;
    } catch (error) {
      this.log(`${command} failed: ${String(error)}`);
      void vscode.window.showErrorMessage(`DynaDeploy: ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** The server has already told the user how it went (window/showMessage); log it and remember results. */
  private afterCommand(command: string, result: unknown): void {
    if (!isCommandResult(result)) {
      return;
    }
    this.log(`${command}: ${result.ok ? 'ok' : 'failed'}: ${result.message}${result.files.length ? ` (${result.files.join(', ')})` : ''}`);
    if (result.ok && command === SERVER_COMMANDS.generateDocs && result.files.length > 0) {
      this.lastDocsIndex = vscode.Uri.parse(result.files[0]);
      void vscode.window.showInformationMessage('DynaDeploy: the documentation is ready.', 'Open Docs').then(choice => {
        if (choice === 'Open Docs') {
          void this.openGeneratedDocs();
        }
      });
    }
  }

  private async pickPolicy(resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (resource instanceof vscode.Uri && resource.path.endsWith('.qos')) {
      return resource;
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === POLICY_LANGUAGE && active.uri.scheme === 'file') {
      return active.uri;
    }
    const policies = (await vscode.workspace.findFiles('**/*.qos', EXCLUDED_FOLDERS_GLOB, 200))
      .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    if (policies.length === 0) {
      void vscode.window.showErrorMessage('DynaDeploy: there is no QoS policy (a .qos file) in the workspace to plan with.');
      return undefined;
    }
    if (policies.length === 1) {
      return policies[0];
    }
    // Prefer the policy next to the model file being edited.
    if (active) {
      const folder = path.dirname(active.uri.fsPath);
      const near = policies.filter(policy => path.dirname(policy.fsPath) === folder);
      if (near.length === 1) {
        return near[0];
      }
    }
    const picked = await vscode.window.showQuickPick(
      policies.map(policy => ({ label: path.basename(policy.fsPath), description: vscode.workspace.asRelativePath(path.dirname(policy.fsPath)), policy })),
      { placeHolder: 'Which QoS policy?' },
    );
    return picked?.policy;
  }

  async openGeneratedDocs(): Promise<void> {
    const index = await this.findDocsIndex();
    if (!index) {
      const choice = await vscode.window.showInformationMessage(
        'DynaDeploy: no generated documentation yet (docs-out/index.html next to a policy).', 'Generate Docs');
      if (choice === 'Generate Docs') {
        const result = await this.runOnPolicy(SERVER_COMMANDS.generateDocs);
        if (result?.ok) {
          await this.openGeneratedDocs();
        }
      }
      return;
    }
    const root = path.dirname(index.fsPath);
    let server = this.docsServers.get(root);
    if (!server) {
      server = new DocsServer(root);
      this.docsServers.set(root, server);
    }
    const local = vscode.Uri.parse(await server.urlOf(path.basename(index.fsPath)));
    const external = await vscode.env.asExternalUri(local);
    this.log(`Opening the documentation ${index.fsPath} as ${external.toString(true)}`);
    try {
      // The built-in Simple Browser (activated by this command), beside the editor.
      await vscode.commands.executeCommand('simpleBrowser.api.open', external, { viewColumn: vscode.ViewColumn.Beside });
    } catch (error) {
      this.log(`No Simple Browser (${String(error)}): opening the documentation in the system browser.`);
      await vscode.env.openExternal(external);
    }
  }

  private async findDocsIndex(): Promise<vscode.Uri | undefined> {
    if (this.lastDocsIndex && fs.existsSync(this.lastDocsIndex.fsPath)) {
      return this.lastDocsIndex;
    }
    const found = (await vscode.workspace.findFiles('**/docs-out/index.html', '**/node_modules/**', 50))
      .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    if (found.length <= 1) {
      return found[0];
    }
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active?.scheme === 'file') {
      const near = found.find(index => path.dirname(path.dirname(index.fsPath)) === path.dirname(active.fsPath));
      if (near) {
        return near;
      }
    }
    const picked = await vscode.window.showQuickPick(
      found.map(index => ({ label: vscode.workspace.asRelativePath(index), index })),
      { placeHolder: 'Which documentation?' },
    );
    return picked?.index;
  }
}
