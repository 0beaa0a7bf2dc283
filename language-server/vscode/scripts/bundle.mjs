// Bundles the extension and vscode-languageclient + @eclipse-glsp/vscode-integration into one
// CommonJS file, dist/extension.js, and the diagram webview (the DynaDeploy GLSP client from
// bundles/org.dynadeploy.diagram.client/src + @eclipse-glsp/vscode-integration-webview) into
// dist/webview/ (diagram.js, diagram.css, fonts, legend.html, THIRD-PARTY.txt). vsce packages
// with --no-dependencies, so node_modules never reaches the .vsix.
// The unit tests import the VS Code-free modules from target/test-build/.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';
const clientDir = path.resolve(here, '../../bundles/org.dynadeploy.diagram.client');
const clientSrc = path.join(clientDir, 'src');

await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // vscode is the host's; ws's optional native accelerators are not shipped (ws falls back to JS).
  external: ['vscode', 'bufferutil', 'utf-8-validate'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
});

/**
 * The client's sources import @eclipse-glsp/client, inversify, …: resolve them from this
 * package's node_modules (the versions package-lock.json pins here), never from the client
 * module's own, so the webview holds one copy of each (inversify's and GLSP's DI symbols must be
 * the same objects everywhere) and the client module need not be installed.
 */
const onePackageCopy = {
  name: 'one-package-copy',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async args => {
      if (!args.importer.startsWith(clientSrc + path.sep) || args.pluginData?.redirected) {
        return undefined;
      }
      return build.resolve(args.path, { kind: args.kind, resolveDir: here, pluginData: { redirected: true } });
    });
  },
};

const webviewOut = path.join(here, 'dist', 'webview');
fs.rmSync(webviewOut, { recursive: true, force: true });
const webview = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { diagram: 'src/webview/main.ts' },
  outdir: webviewOut,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome110'],
  tsconfig: 'tsconfig.webview.json',
  loader: { '.ttf': 'file' },
  assetNames: '[name]-[hash]',
  plugins: [onePackageCopy],
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: production ? 'linked' : 'inline',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
});

// The standalone page's legend, so the webview shows the same one.
const page = fs.readFileSync(path.join(clientDir, 'static', 'index.html'), 'utf8');
const legendStart = page.indexOf('<aside id="dd-legend"');
const legendEnd = page.indexOf('</aside>', legendStart);
if (legendStart < 0 || legendEnd < 0) {
  throw new Error(`bundle: no <aside id="dd-legend"> in ${path.join(clientDir, 'static', 'index.html')}`);
}
fs.writeFileSync(path.join(webviewOut, 'legend.html'), page.slice(legendStart, legendEnd + '</aside>'.length) + '\n');

// The licences of what the webview bundle holds.
const packages = new Map();
for (const input of Object.keys(webview.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match && !packages.has(match[1])) {
    const manifest = JSON.parse(fs.readFileSync(path.join(here, 'node_modules', match[1], 'package.json'), 'utf8'));
    packages.set(match[1], `${match[1]} ${manifest.version}: ${manifest.license ?? 'see the package'}`);
  }
}
fs.writeFileSync(path.join(webviewOut, 'THIRD-PARTY.txt'),
  'The DynaDeploy diagram webview (diagram.js, diagram.css) bundles these npm packages, under their licences:\n\n'
  + [...packages.values()].sort().join('\n')
  + '\n\nDejaVuSans-*.ttf is DejaVu Sans (from bundles/org.dynadeploy.docs), under the Bitstream Vera Fonts'
  + ' licence and the DejaVu changes in the public domain.\n');

for (const module of ['java', 'docsServer', 'languages', 'diagramPage']) {
  await esbuild.build({
    entryPoints: [`src/${module}.ts`],
    outfile: `target/test-build/${module}.js`,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}
