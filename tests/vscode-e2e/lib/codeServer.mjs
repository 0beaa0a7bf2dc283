// Runs a real VS Code (code-server under Node 24) in a throw-away home, with the extension
// installed from the .vsix, and a headless Debian Chromium driven by playwright-core.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { makeTempDir, tools, waitFor } from './tools.mjs';

const run = promisify(execFile);

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'window.restoreWindows': 'none',
  'files.autoSave': 'off',
  'git.enabled': false,
  // Proposals must come from the language server, not from the words of the document.
  'editor.wordBasedSuggestions': 'off',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
};

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Installs the .vsix into a fresh extensions folder and starts code-server on the workspace.
 * Returns { url, stop, root, port, installed, settingsFile, machineSettingsFile }; stop() copies VS Code's logs to keepLogsIn.
 */
export async function startCodeServer({ workspace, logFile, keepLogsIn, settings = {} }) {
  const root = makeTempDir('code-server');
  const home = path.join(root, 'home');
  const data = path.join(root, 'data');
  const extensions = path.join(root, 'extensions');
  const config = path.join(root, 'config.yaml');
  for (const dir of [home, path.join(data, 'User'), extensions]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(data, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  fs.writeFileSync(config, 'auth: none\ncert: false\n');

  const node = path.join(tools.node24Home, 'bin', 'node');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    EXTENSIONS_GALLERY: '{}',
    PATH: `${path.join(tools.node24Home, 'bin')}:${process.env.PATH}`,
    // The extension finds Java itself (JAVA_HOME, then /usr/lib/jvm): give it the JDK 21+ the build uses.
    JAVA_HOME: tools.javaHome,
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  const common = ['--user-data-dir', data, '--extensions-dir', extensions, '--config', config];

  const install = await run(node, [tools.codeServer, ...common, '--install-extension', tools.vsix, '--force'],
    { env, timeout: 120000 });
  const installed = fs.readdirSync(extensions).filter(name => name.startsWith('dynadeploy.dynadeploy-'));
  if (installed.length === 0) {
    throw new Error(`the extension did not install:\n${install.stdout}\n${install.stderr}`);
  }

  const port = await freePort();
  const log = fs.openSync(logFile, 'w');
  const child = spawn(node, [tools.codeServer, ...common,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', workspace],
  { env, stdio: ['ignore', log, log], detached: true });
  let exited = false;
  child.on('exit', () => { exited = true; });

  const base = `http://127.0.0.1:${port}`;
  await waitFor('code-server to answer', async () => {
    if (exited) throw new Error(`code-server exited; see ${logFile}`);
    const response = await fetch(`${base}/healthz`).catch(() => undefined);
    return response?.ok;
  }, { timeout: 60000, interval: 300 });

  return {
    root,
    port,
    settingsFile: path.join(data, 'User', 'settings.json'),
    // code-server is a remote window: machine(-overridable) settings such as dynadeploy.java.home live here.
    machineSettingsFile: path.join(data, 'Machine', 'settings.json'),
    installed: installed[0],
    url: `${base}/?folder=${encodeURIComponent(workspace)}`,
    async stop() {
      if (!exited) {
        // The whole process group: code-server, its extension host and the language server JVM.
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
        await waitFor('code-server to stop', () => exited, { timeout: 10000 }).catch(() => {
          try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
        });
      }
      fs.closeSync(log);
      // Keep VS Code's logs (the extension host's, the DynaDeploy output channel's) for a look later.
      if (keepLogsIn) {
        fs.rmSync(keepLogsIn, { recursive: true, force: true });
        fs.cpSync(path.join(data, 'logs'), keepLogsIn, { recursive: true, force: true, errorOnExist: false });
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

/** A headless Chromium with a fresh profile; returns { context, page, close }. */
export async function openBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = makeTempDir('chromium');
  // launchPersistentContext passes the profile as --user-data-dir (launch() refuses that flag).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: tools.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    timeout: 60000,
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
