// Shared by every npm part of the build (language-server/vscode, tests/vscode-e2e,
// bundles/org.dynadeploy.diagram.client); it works on the package in the current directory.
// Installs the locked npm dependencies (npm ci) unless node_modules already holds exactly them:
// a build with nothing changed then costs no npm run. Only the npm registry is needed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';

const wanted = JSON.parse(fs.readFileSync(lock, 'utf8')).packages ?? {};
const have = (() => {
  try {
    return JSON.parse(fs.readFileSync(installed, 'utf8')).packages ?? {};
  } catch {
    return undefined;
  }
})();
// Optional packages (other platforms' binaries) are legitimately absent.
const upToDate = have !== undefined && Object.entries(wanted).every(([name, entry]) =>
  name === '' || entry.optional || (have[name] && have[name].version === entry.version));

if (upToDate) {
  console.log(`ensure-deps: node_modules is up to date with ${lock}`);
} else {
  console.log(`ensure-deps: npm ci (${Object.keys(wanted).length - 1} packages from ${lock})`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
}
