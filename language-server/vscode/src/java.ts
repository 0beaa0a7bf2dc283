/**
 * Finds a Java runtime that can run the DynaDeploy language server (Java 21 or newer).
 *
 * The order is: the `dynadeploy.java.home` setting, `JAVA_HOME`, the newest Java 21+ in the
 * usual JVM folders (`/usr/lib/jvm/*` and friends), then `java` on the `PATH`. Every candidate
 * that is looked at and rejected is reported with the reason, so the output channel can say why
 * a JDK that the user expected was not taken. No VS Code API here: the unit tests run it in Node.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MINIMUM_JAVA = 21;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'JVM folder' | 'PATH';

export interface JavaRuntime {
  /** The java executable to launch. */
  executable: string;
  /** The Java home (the folder holding bin/java), when known. */
  home?: string;
  /** The feature release: 17, 21, 25, ... */
  major: number;
  source: JavaSource;
}

export interface Rejection {
  candidate: string;
  source: JavaSource;
  reason: string;
}

export interface Discovery {
  runtime?: JavaRuntime;
  rejected: Rejection[];
}

export interface DiscoveryOptions {
  /** The value of the dynadeploy.java.home setting ('' or undefined when unset). */
  settingHome?: string;
  env?: NodeJS.ProcessEnv;
  /** Folders whose sub-folders are Java homes; the platform's usual ones by default. */
  jvmFolders?: string[];
  platform?: NodeJS.Platform;
  minimum?: number;
  /** Runs `java -version` style probes; replaceable in tests. */
  probe?: (executable: string) => Promise<ProbeResult | undefined>;
}

export interface ProbeResult {
  major: number;
  home?: string;
}

/** The usual places of installed JDKs on this platform. */
export function defaultJvmFolders(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const home = env.HOME ?? env.USERPROFILE ?? '';
  switch (platform) {
    case 'darwin':
      return ['/Library/Java/JavaVirtualMachines', path.join(home, 'Library/Java/JavaVirtualMachines'),
        path.join(home, '.sdkman/candidates/java')];
    case 'win32': {
      const programFiles = env.ProgramFiles ?? 'C:\\Program Files';
      return ['Java', 'Eclipse Adoptium', 'Microsoft', 'Zulu', 'Amazon Corretto'].map(vendor => path.join(programFiles, vendor));
    }
    default:
      return ['/usr/lib/jvm', '/opt/java', '/usr/java', path.join(home, '.sdkman/candidates/java')];
  }
}

/** The java executable inside a Java home ('' if there is none). */
export function executableIn(home: string, platform: NodeJS.Platform = process.platform): string {
  const name = platform === 'win32' ? 'java.exe' : 'java';
  for (const candidate of [path.join(home, 'bin', name), path.join(home, 'Contents', 'Home', 'bin', name)]) {
    if (isExecutableFile(candidate)) {
      return candidate;
    }
  }
  return '';
}

function isExecutableFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      return false;
    }
    if (process.platform !== 'win32') {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The feature release of a version string as Java prints it: "25.0.1" → 25, "21" → 21,
 * "1.8.0_392" → 8, "17-ea" → 17. Undefined when it is not a version.
 */
export function parseMajor(version: string): number | undefined {
  const match = /^\s*"?(\d+)(?:\.(\d+))?/.exec(version);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  if (first === 1 && match[2] !== undefined) {
    return Number(match[2]);
  }
  return first;
}

/** The JAVA_VERSION of a Java home's `release` file, without starting a JVM. */
export function releaseFileMajor(home: string): number | undefined {
  try {
    const text = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const match = /^JAVA_VERSION="?([^"\r\n]+)"?/m.exec(text);
    return match ? parseMajor(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses what `java -XshowSettings:properties -version` prints (on stderr). */
export function parseJavaSettings(output: string): ProbeResult | undefined {
  const spec = /^\s*java\.specification\.version = (\S+)/m.exec(output);
  const home = /^\s*java\.home = (.+?)\s*$/m.exec(output);
  let major = spec ? parseMajor(spec[1]) : undefined;
  if (major === undefined) {
    const version = /version "([^"]+)"/.exec(output);
    major = version ? parseMajor(version[1]) : undefined;
  }
  return major === undefined ? undefined : { major, home: home?.[1] };
}

/** Starts the java executable once to learn its version and home. */
export function probeJava(executable: string): Promise<ProbeResult | undefined> {
  return new Promise(resolve => {
    execFile(executable, ['-XshowSettings:properties', '-version'], { timeout: 20000, windowsHide: true },
      (_error, stdout, stderr) => resolve(parseJavaSettings(`${stderr}\n${stdout}`)));
  });
}

/** The java executables named `java` on the PATH, in PATH order. */
export function javaOnPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const name = platform === 'win32' ? 'java.exe' : 'java';
  const separator = platform === 'win32' ? ';' : ':';
  const found: string[] = [];
  for (const folder of (env.PATH ?? env.Path ?? '').split(separator)) {
    if (!folder) {
      continue;
    }
    const candidate = path.join(folder, name);
    if (isExecutableFile(candidate) && !found.includes(candidate)) {
      found.push(candidate);
    }
  }
  return found;
}

function subFolders(folder: string): string[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true })
      .filter(entry => entry.isDirectory() || entry.isSymbolicLink())
      .map(entry => path.join(folder, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Looks for a Java runtime of at least the minimum release; see the file comment for the order. */
export async function findJava(options: DiscoveryOptions = {}): Promise<Discovery> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const minimum = options.minimum ?? MINIMUM_JAVA;
  const probe = options.probe ?? probeJava;
  const rejected: Rejection[] = [];

  const homeCandidate = async (home: string, source: JavaSource): Promise<JavaRuntime | undefined> => {
    const executable = executableIn(home, platform);
    if (!executable) {
      rejected.push({ candidate: home, source, reason: fs.existsSync(home) ? 'has no bin/java' : 'does not exist' });
      return undefined;
    }
    let major = releaseFileMajor(home);
    if (major === undefined) {
      major = (await probe(executable))?.major;
    }
    if (major === undefined) {
      rejected.push({ candidate: home, source, reason: 'its java did not say its version' });
      return undefined;
    }
    if (major < minimum) {
      rejected.push({ candidate: home, source, reason: `is Java ${major}, DynaDeploy needs ${minimum} or newer` });
      return undefined;
    }
    return { executable, home, major, source };
  };

  const setting = options.settingHome?.trim();
  if (setting) {
    const runtime = await homeCandidate(expandHome(setting, env), 'setting');
    if (runtime) {
      return { runtime, rejected };
    }
  }

  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    const runtime = await homeCandidate(javaHome, 'JAVA_HOME');
    if (runtime) {
      return { runtime, rejected };
    }
  }

  let best: JavaRuntime | undefined;
  for (const folder of options.jvmFolders ?? defaultJvmFolders(platform, env)) {
    for (const home of subFolders(folder)) {
      const executable = executableIn(home, platform);
      if (!executable) {
        continue; // not a Java home (e.g. /usr/lib/jvm/.java-1.17.0-openjdk-amd64.jinfo neighbours)
      }
      const runtime = await homeCandidate(home, 'JVM folder');
      if (runtime && (!best || runtime.major > best.major)) {
        best = runtime;
      }
    }
  }
  if (best) {
    return { runtime: best, rejected };
  }

  for (const executable of javaOnPath(env, platform)) {
    const result = await probe(executable);
    if (!result) {
      rejected.push({ candidate: executable, source: 'PATH', reason: 'did not say its version' });
    } else if (result.major < minimum) {
      rejected.push({ candidate: executable, source: 'PATH', reason: `is Java ${result.major}, DynaDeploy needs ${minimum} or newer` });
    } else {
      return { runtime: { executable, home: result.home, major: result.major, source: 'PATH' }, rejected };
    }
  }
  return { rejected };
}

function expandHome(file: string, env: NodeJS.ProcessEnv): string {
  const home = env.HOME ?? env.USERPROFILE;
  return home && (file === '~' || file.startsWith('~/')) ? path.join(home, file.slice(1)) : file;
}

/**
 * The JVM options the server needs on this Java release, before the user's own. With
 * `classArchive` (a writable file), the JVM keeps the server's loaded classes in a class-data
 * sharing archive there: created when the first server exits, used by every later start, which
 * answers `initialize` about a third sooner. A stale or unwritable archive is only ignored.
 */
export function serverJvmArgs(major: number, userArgs: readonly string[] = [], classArchive?: string): string[] {
  const args = ['-Dguice_bytecode_gen_option=DISABLED'];
  if (major >= 23) {
    // Guice/Guava still use sun.misc.Unsafe; allow it without a warning on every start.
    args.push('--sun-misc-unsafe-memory-access=allow');
  }
  if (classArchive) {
    args.push(`-XX:SharedArchiveFile=${classArchive}`, '-XX:+AutoCreateSharedArchive', '-Xlog:cds=off', '-Xlog:cds+dynamic=off');
  }
  return [...args, ...userArgs.filter(arg => typeof arg === 'string' && arg.trim() !== '')];
}
