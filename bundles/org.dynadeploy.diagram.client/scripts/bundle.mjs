// Bundles the diagram client (our code + @eclipse-glsp/client and its CSS and codicon font) with
// esbuild and copies the static page next to it. The output folder is the classpath folder the
// diagram server serves (`org/dynadeploy/diagram/web/`), so the module's jar carries the page.
//
//   node scripts/bundle.mjs [--production] [--outdir DIR]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production') || process.env.NODE_ENV === 'production';
const outdirIndex = args.indexOf('--outdir');
const outdir = path.resolve(moduleDir, outdirIndex >= 0 ? args[outdirIndex + 1] : 'target/classes/org/dynadeploy/diagram/web');

fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: moduleDir,
  entryPoints: { app: 'src/app.ts' },
  outdir,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  loader: { '.ttf': 'file' },
  assetNames: '[name]-[hash]',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: production ? 'linked' : 'inline',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
});

// The licences of what the bundle holds (esbuild keeps only the comments marked as legal).
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match && !packages.has(match[1])) {
    const manifest = JSON.parse(fs.readFileSync(path.join(moduleDir, 'node_modules', match[1], 'package.json'), 'utf8'));
    packages.set(match[1], `${match[1]} ${manifest.version}: ${manifest.license ?? 'see the package'}`);
  }
}
fs.writeFileSync(path.join(outdir, 'THIRD-PARTY.txt'),
  'The DynaDeploy diagram client (app.js, app.css) bundles these npm packages, under their licences:\n\n'
  + [...packages.values()].sort().join('\n')
  + '\n\nDejaVuSans-*.ttf is DejaVu Sans (from bundles/org.dynadeploy.docs), under the Bitstream Vera Fonts'
  + ' licence and the DejaVu changes in the public domain.\n');

for (const file of fs.readdirSync(path.join(moduleDir, 'static'))) {
  fs.copyFileSync(path.join(moduleDir, 'static', file), path.join(outdir, file));
}

const sizes = Object.entries(result.metafile.outputs)
  .map(([file, info]) => `${path.relative(moduleDir, file)} ${(info.bytes / 1024).toFixed(0)} KiB`);
console.log(`bundle: ${production ? 'production' : 'development'} build in ${path.relative(moduleDir, outdir)}\n  ${sizes.join('\n  ')}`);
