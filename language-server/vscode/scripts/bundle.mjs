// Bundles the extension and vscode-languageclient into one CommonJS file, dist/extension.js
// (vsce packages with --no-dependencies, so node_modules never reaches the .vsix).
// The unit tests import the VS Code-free modules from target/test-build/.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

await esbuild.build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
});

for (const module of ['java', 'docsServer', 'languages']) {
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
