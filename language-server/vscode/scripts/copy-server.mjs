// Copies the language server's fat jar into server/, where the extension starts it from, and
// checks the copy: `java -jar … --help` must print the usage (a half-written or broken jar would
// otherwise only show up when a user opens a model). The jar is built by the Maven module
// language-server/org.dynadeploy.languageserver (DYNADEPLOY_LANGUAGE_SERVER_JAR may name another).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.env.DYNADEPLOY_LANGUAGE_SERVER_JAR
  || path.resolve(here, '../../org.dynadeploy.languageserver/target/dynadeploy-language-server.jar');
const target = path.resolve(here, '../server/dynadeploy-language-server.jar');

if (!fs.existsSync(source)) {
  console.error(`copy-server: the language server jar is missing: ${source}`);
  console.error('copy-server: build it first: ./build mvn install -DskipTests -pl language-server/org.dynadeploy.languageserver -am');
  process.exit(1);
}

// The same Java discovery as the extension (built by scripts/bundle.mjs).
let java;
try {
  const { findJava } = require('../target/test-build/java.js');
  java = (await findJava()).runtime?.executable;
} catch {
  java = undefined;
}

function check(jar) {
  if (!java) {
    return 'skipped (no Java 21+ found)';
  }
  // The usage goes to stderr (stdout is the protocol's channel).
  const run = spawnSync(java, ['-jar', jar, '--help'], { encoding: 'utf8', timeout: 60000, stdio: ['ignore', 'pipe', 'pipe'] });
  const usage = `${run.stdout}${run.stderr}`;
  if (run.status !== 0 || !/usage: java -jar dynadeploy-language-server\.jar/.test(usage)) {
    throw new Error(`java -jar ${path.basename(jar)} --help exited with ${run.status}: ${usage || run.error}`);
  }
  return `starts (${path.basename(path.dirname(path.dirname(java)))})`;
}

fs.mkdirSync(path.dirname(target), { recursive: true });
const attempts = 6;
for (let attempt = 1; ; attempt++) {
  const before = fs.statSync(source);
  fs.copyFileSync(source, target);
  try {
    const status = check(target);
    const after = fs.statSync(source);
    if (after.mtimeMs !== before.mtimeMs || after.size !== before.size) {
      throw new Error('the jar changed while it was copied');
    }
    console.log(`copy-server: ${path.relative(process.cwd(), target)} (${(fs.statSync(target).size / 1048576).toFixed(1)} MiB), ${status}`);
    break;
  } catch (error) {
    const message = String(error.message || error).trim().split('\n').slice(0, 3).join(' | ');
    if (attempt >= attempts) {
      fs.rmSync(target, { force: true });
      console.error(`copy-server: the server jar ${source} does not start: ${message}`);
      process.exit(1);
    }
    // Perhaps another build is writing it right now: wait and copy again.
    console.warn(`copy-server: attempt ${attempt}: ${message}; trying again in 10 s`);
    await new Promise(resolve => setTimeout(resolve, 10000));
  }
}
