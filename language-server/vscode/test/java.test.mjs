// Java discovery: the order setting → JAVA_HOME → JVM folders (newest) → PATH, version checks,
// and the JVM options the server gets. Fake Java homes are folders with a release file and an
// executable bin/java script; the PATH candidates are probed through a stub.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const java = require('../target/test-build/java.js');

function fakeHome(parent, name, version, { release = true } = {}) {
  const home = path.join(parent, name);
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  const script = path.join(home, 'bin', 'java');
  fs.writeFileSync(script, `#!/bin/sh\necho 'Property settings:' >&2\necho '    java.home = ${home}' >&2\necho '    java.specification.version = ${version}' >&2\necho 'openjdk version "${version}"' >&2\n`);
  fs.chmodSync(script, 0o755);
  if (release) {
    fs.writeFileSync(path.join(home, 'release'), `IMPLEMENTOR="Test"\nJAVA_VERSION="${version}.0.1"\n`);
  }
  return home;
}

const sandboxes = fs.mkdtempSync(path.join(os.tmpdir(), 'dynadeploy-java-'));
after(() => fs.rmSync(sandboxes, { recursive: true, force: true }));
let sandboxCount = 0;
function sandbox() {
  const dir = path.join(sandboxes, String(++sandboxCount));
  fs.mkdirSync(dir);
  return dir;
}

const noProbe = async () => undefined;

test('parseMajor reads every form Java prints', () => {
  assert.equal(java.parseMajor('25.0.1'), 25);
  assert.equal(java.parseMajor('21'), 21);
  assert.equal(java.parseMajor('"17.0.9"'), 17);
  assert.equal(java.parseMajor('1.8.0_392'), 8);
  assert.equal(java.parseMajor('23-ea'), 23);
  assert.equal(java.parseMajor('abc'), undefined);
});

test('parseJavaSettings reads the specification version and the home', () => {
  const output = 'Property settings:\n    java.home = /opt/jdk-21\n    java.specification.version = 21\n    java.vendor = X\nopenjdk version "21.0.2" 2024-01-16\n';
  assert.deepEqual(java.parseJavaSettings(output), { major: 21, home: '/opt/jdk-21' });
  assert.deepEqual(java.parseJavaSettings('java version "1.8.0_392"'), { major: 8, home: undefined });
  assert.equal(java.parseJavaSettings('bash: java: not found'), undefined);
});

test('the setting wins when it is a Java 21+', async () => {
  const dir = sandbox();
  const setting = fakeHome(dir, 'setting-jdk', 21);
  const envHome = fakeHome(dir, 'env-jdk', 25);
  const found = await java.findJava({ settingHome: setting, env: { JAVA_HOME: envHome, PATH: '' }, jvmFolders: [], probe: noProbe });
  assert.equal(found.runtime.source, 'setting');
  assert.equal(found.runtime.major, 21);
  assert.equal(found.runtime.executable, path.join(setting, 'bin', 'java'));
});

test('a setting that is too old is rejected with the reason, and JAVA_HOME is used', async () => {
  const dir = sandbox();
  const setting = fakeHome(dir, 'old-jdk', 17);
  const envHome = fakeHome(dir, 'env-jdk', 22);
  const found = await java.findJava({ settingHome: setting, env: { JAVA_HOME: envHome }, jvmFolders: [], probe: noProbe });
  assert.equal(found.runtime.source, 'JAVA_HOME');
  assert.equal(found.runtime.major, 22);
  assert.equal(found.rejected.length, 1);
  assert.equal(found.rejected[0].source, 'setting');
  assert.match(found.rejected[0].reason, /Java 17, DynaDeploy needs 21/);
});

test('a setting that does not exist is reported', async () => {
  const found = await java.findJava({ settingHome: '/no/such/jdk', env: {}, jvmFolders: [], probe: noProbe });
  assert.equal(found.runtime, undefined);
  assert.deepEqual(found.rejected, [{ candidate: '/no/such/jdk', source: 'setting', reason: 'does not exist' }]);
});

test('the newest Java 21+ of the JVM folders is taken when the setting and JAVA_HOME are unset', async () => {
  const dir = sandbox();
  const jvm = path.join(dir, 'jvm');
  fakeHome(jvm, 'java-17-openjdk', 17);
  fakeHome(jvm, 'temurin-21', 21);
  fakeHome(jvm, 'temurin-25', 25);
  fakeHome(jvm, 'temurin-24-no-release', 24, { release: false });
  fs.mkdirSync(path.join(jvm, 'not-a-jdk'));
  fs.writeFileSync(path.join(jvm, '.java-1.17.jinfo'), '');
  const found = await java.findJava({ env: { JAVA_HOME: '' }, jvmFolders: [jvm], probe: java.probeJava });
  assert.equal(found.runtime.source, 'JVM folder');
  assert.equal(found.runtime.major, 25);
  assert.equal(found.runtime.home, path.join(jvm, 'temurin-25'));
  assert.ok(found.rejected.some(r => r.candidate.endsWith('java-17-openjdk') && /Java 17/.test(r.reason)));
});

test('a home without a release file is probed by running its java', async () => {
  const dir = sandbox();
  const jvm = path.join(dir, 'jvm');
  fakeHome(jvm, 'probe-only', 23, { release: false });
  const found = await java.findJava({ env: {}, jvmFolders: [jvm] });
  assert.equal(found.runtime.major, 23);
});

test('java on the PATH is the last resort, and an old one is rejected', async () => {
  const dir = sandbox();
  const old = fakeHome(dir, 'old', 17);
  const fresh = fakeHome(dir, 'fresh', 21);
  const found = await java.findJava({
    env: { PATH: [path.join(old, 'bin'), path.join(fresh, 'bin')].join(':') }, jvmFolders: [], platform: 'linux',
  });
  assert.equal(found.runtime.source, 'PATH');
  assert.equal(found.runtime.executable, path.join(fresh, 'bin', 'java'));
  assert.equal(found.runtime.home, fresh);
  assert.equal(found.rejected.length, 1);
  assert.match(found.rejected[0].reason, /Java 17/);
});

test('nothing found: no runtime and every rejection listed', async () => {
  const dir = sandbox();
  const old = fakeHome(dir, 'old', 11);
  const found = await java.findJava({ env: { JAVA_HOME: old, PATH: path.join(old, 'bin') }, jvmFolders: [path.join(dir, 'none')], platform: 'linux' });
  assert.equal(found.runtime, undefined);
  assert.deepEqual(found.rejected.map(r => r.source), ['JAVA_HOME', 'PATH']);
});

test('the real machine: if a Java 21+ is installed, it is found', { skip: !fs.existsSync('/usr/lib/jvm') && 'no /usr/lib/jvm' }, async () => {
  const found = await java.findJava({ env: { PATH: process.env.PATH } });
  if (found.runtime) {
    assert.ok(found.runtime.major >= 21, JSON.stringify(found));
  }
});

test('server JVM options: Guice without bytecode generation, Unsafe allowed on 23+, then the user\'s', () => {
  assert.deepEqual(java.serverJvmArgs(21), ['-Dguice_bytecode_gen_option=DISABLED']);
  assert.deepEqual(java.serverJvmArgs(25, ['-Xmx1g', '', '  ']),
    ['-Dguice_bytecode_gen_option=DISABLED', '--sun-misc-unsafe-memory-access=allow', '-Xmx1g']);
  assert.deepEqual(java.serverJvmArgs(21, ['-Xmx1g'], '/tmp/s.jsa'),
    ['-Dguice_bytecode_gen_option=DISABLED', '-XX:SharedArchiveFile=/tmp/s.jsa', '-XX:+AutoCreateSharedArchive',
      '-Xlog:cds=off', '-Xlog:cds+dynamic=off', '-Xmx1g']);
});

test('the usual JVM folders per platform', () => {
  assert.ok(java.defaultJvmFolders('linux', { HOME: '/home/u' }).includes('/usr/lib/jvm'));
  assert.ok(java.defaultJvmFolders('darwin', { HOME: '/Users/u' }).includes('/Library/Java/JavaVirtualMachines'));
  assert.ok(java.defaultJvmFolders('win32', { ProgramFiles: 'C:\\Program Files' }).some(f => f.includes('Eclipse Adoptium')));
});
