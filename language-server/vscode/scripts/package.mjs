// Packages the extension offline: vsce with --no-dependencies (the bundle holds every runtime
// dependency), into target/dynadeploy-<version>.vsix.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const out = path.join('target', `${manifest.name}-${manifest.version}.vsix`);
fs.mkdirSync('target', { recursive: true });

const vsce = require.resolve('@vscode/vsce/vsce');
const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license',
  '--allow-missing-repository', '--out', out], { stdio: 'inherit' });
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
console.log(`package: ${out} (${(fs.statSync(out).size / 1048576).toFixed(1)} MiB)`);
