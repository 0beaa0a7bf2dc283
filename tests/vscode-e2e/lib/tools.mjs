// Where the end-to-end tests find what they drive: the extension (.vsix), the language server
// jar, a Java 21+, Node 24 + code-server (installed by install-tools.sh into
// ~/.cache/dynadeploy-ci), Debian's chromium and Neovim. Each can be overridden by an
// environment variable. A missing tool skips the tests that need it, except in CI (CI=true),
// where it fails them: CI installs everything first (.ci/run).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = path.resolve(HERE, '../..');
export const TARGET = path.join(HERE, 'target');
export const SCREENSHOTS = path.join(TARGET, 'screenshots');
export const CACHE = process.env.DYNADEPLOY_CI_CACHE || path.join(os.homedir(), '.cache', 'dynadeploy-ci');
export const IN_CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
export const CODE_SERVER_VERSION = '4.139.1';

function firstExisting(...candidates) {
  return candidates.find(candidate => candidate && fs.existsSync(candidate));
}

export function javaMajor(home) {
  try {
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const match = /^JAVA_VERSION="?(\d+)/m.exec(release);
    if (match) return Number(match[1]);
  } catch { /* no release file: ask java */ }
  try {
    const out = execFileSync(path.join(home, 'bin', 'java'), ['-XshowSettings:properties', '-version'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return Number(/java\.specification\.version = (\d+)/.exec(out)?.[1]);
  } catch (error) {
    const match = /java\.specification\.version = (\d+)/.exec(String(error.stderr ?? ''));
    return match ? Number(match[1]) : 0;
  }
}

/** A Java home of release 21+: JAVA_HOME if it is one, else the newest under /usr/lib/jvm. */
export function findJavaHome() {
  const envHome = process.env.JAVA_HOME;
  if (envHome && fs.existsSync(path.join(envHome, 'bin', 'java')) && javaMajor(envHome) >= 21) return envHome;
  let best;
  let bestMajor = 0;
  try {
    for (const name of fs.readdirSync('/usr/lib/jvm')) {
      const home = path.join('/usr/lib/jvm', name);
      if (!fs.existsSync(path.join(home, 'bin', 'java'))) continue;
      const major = javaMajor(home);
      if (major >= 21 && major > bestMajor) {
        best = home;
        bestMajor = major;
      }
    }
  } catch { /* no /usr/lib/jvm */ }
  return best;
}

function newestNode24() {
  if (process.env.DYNADEPLOY_NODE24_HOME) return process.env.DYNADEPLOY_NODE24_HOME;
  try {
    const homes = fs.readdirSync(CACHE).filter(name => /^node-24\./.test(name))
      .map(name => path.join(CACHE, name)).filter(home => fs.existsSync(path.join(home, 'bin', 'node')));
    return homes.sort().pop();
  } catch {
    return undefined;
  }
}

function findVsix() {
  if (process.env.DYNADEPLOY_VSIX) return process.env.DYNADEPLOY_VSIX;
  const dir = path.join(REPO, 'language-server', 'vscode', 'target');
  try {
    const found = fs.readdirSync(dir).filter(name => name.endsWith('.vsix')).sort();
    return found.length ? path.join(dir, found[found.length - 1]) : undefined;
  } catch {
    return undefined;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

export const tools = {
  vsix: findVsix(),
  serverJar: firstExisting(process.env.DYNADEPLOY_LANGUAGE_SERVER_JAR,
    path.join(REPO, 'language-server', 'org.dynadeploy.languageserver', 'target', 'dynadeploy-language-server.jar')),
  javaHome: findJavaHome(),
  node24Home: newestNode24(),
  codeServer: firstExisting(process.env.DYNADEPLOY_CODE_SERVER,
    path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js')),
  chromium: firstExisting(process.env.DYNADEPLOY_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'),
  nvim: firstExisting(process.env.DYNADEPLOY_NVIM, onPath('nvim')),
};

const WHAT = {
  vsix: 'the extension (language-server/vscode/target/*.vsix; build it with ./build package)',
  serverJar: 'the language server jar (language-server/org.dynadeploy.languageserver/target/dynadeploy-language-server.jar)',
  javaHome: 'a Java 21+ (JAVA_HOME or /usr/lib/jvm)',
  node24Home: `Node 24 (${CACHE}/node-24.*; tests/vscode-e2e/install-tools.sh installs it)`,
  codeServer: `code-server ${CODE_SERVER_VERSION} (tests/vscode-e2e/install-tools.sh installs it)`,
  chromium: 'Debian chromium (/usr/bin/chromium; apt-get install chromium)',
  nvim: 'Neovim (apt-get install neovim)',
};

/**
 * The reason to skip a test that needs these tools, or false to run it. In CI a missing tool
 * is not a reason to skip: the test runs and fails with a message naming what is missing.
 */
export function skipUnless(...names) {
  const missing = names.filter(name => !tools[name]).map(name => WHAT[name]);
  if (missing.length === 0) return false;
  const message = `missing ${missing.join('; ')}`;
  if (IN_CI) return false;
  console.log(`vscode-e2e: SKIPPED (not in CI): ${message}`);
  return `${message} (run tests/vscode-e2e/install-tools.sh)`;
}

/** The descriptions of the missing tools among these. */
export function missingTools(...names) {
  return names.filter(name => !tools[name]).map(name => WHAT[name]);
}

/** Fails with a clear message when a tool is missing (reached only in CI, see skipUnless). */
export function requireTools(...names) {
  const missing = names.filter(name => !tools[name]).map(name => WHAT[name]);
  if (missing.length > 0) {
    throw new Error(`CI=true and the end-to-end tests cannot run: missing ${missing.join('; ')}`);
  }
}

/** A fresh copy of an example workspace in a temporary folder. */
export function copyExample(name, into) {
  const source = path.join(REPO, 'examples', name);
  const target = path.join(into, name);
  fs.cpSync(source, target, { recursive: true, filter: file => !/[\\/](target|docs-out)$/.test(file) });
  return target;
}

export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `dynadeploy-${prefix}-`));
}

export async function waitFor(what, predicate, { timeout = 30000, interval = 250 } = {}) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    try {
      last = await predicate();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise(resolve => setTimeout(resolve, interval));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}
