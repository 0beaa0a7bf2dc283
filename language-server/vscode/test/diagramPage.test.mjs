// The diagram webview's page and the language server's answer to dynadeploy.diagram.start, and
// the webview bundle the build writes (dist/webview/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const page = require('../target/test-build/diagramPage.js');

const options = {
  kind: 'deployment',
  folderLabel: 'models/<staff & co>',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/diagram.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/diagram.css',
  cspSource: 'https://*.vscode-cdn.net',
  nonce: 'abc123',
  legendHtml: '<aside id="dd-legend"><ul><li data-kinds="deployment">Target</li></ul></aside>',
};

test('the page lets in only the extension\'s script (by nonce), styles and fonts', () => {
  const html = page.diagramPageHtml(options);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-abc123'/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe/);
  assert.match(csp, /font-src https:\/\/\*\.vscode-cdn\.net/);
  assert.match(html, /<script nonce="abc123" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\/diagram\.js"><\/script>/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
});

test('the page has the header, the diagram host, the legend and the message panel the client expects', () => {
  const html = page.diagramPageHtml(options);
  for (const id of ['dd-undo', 'dd-redo', 'dd-fit', 'dd-legend-toggle', 'dd-connection', 'dd-diagram-host', 'dd-messages', 'dd-legend']) {
    assert.match(html, new RegExp(`id="${id}"`), id);
  }
  assert.match(html, /<a data-diagram-kind="deployment" href="#" class="active" aria-current="page"/);
  assert.match(html, /<a data-diagram-kind="architecture" href="#" title=/);
  assert.match(html, /models\/&lt;staff &amp; co&gt;/, 'the folder is escaped');
  assert.doesNotMatch(html, /<staff/);
});

test('kinds, types and the start answer', () => {
  assert.deepEqual([...page.DIAGRAM_KINDS], ['architecture', 'deployment', 'infrastructure']);
  assert.equal(page.DIAGRAM_TYPES.architecture, 'dynadeploy-architecture');
  assert.equal(page.START_DIAGRAMS_COMMAND, 'dynadeploy.diagram.start');
  assert.ok(page.isDiagramKind('infrastructure'));
  assert.ok(!page.isDiagramKind('network'));
  assert.ok(page.isDiagramStartResult({ ok: true, message: 'x', websocket: 'ws://127.0.0.1:1/glsp' }));
  assert.ok(!page.isDiagramStartResult({ ok: 'yes' }));
  assert.ok(!page.isDiagramStartResult(null));
  assert.notEqual(page.makeNonce(), page.makeNonce());
  assert.match(page.makeNonce(), /^[A-Za-z0-9_-]{24}$/);
});

test('the legend of the standalone page', () => {
  const standalone = fs.readFileSync(path.resolve(root, '../../bundles/org.dynadeploy.diagram.client/static/index.html'), 'utf8');
  const legend = page.extractLegend(standalone);
  assert.ok(legend.startsWith('<aside id="dd-legend"') && legend.endsWith('</aside>'));
  assert.match(legend, /data-kinds="architecture"/);
  assert.equal(page.extractLegend('<p>no legend</p>'), undefined);
});

test('the webview bundle: script, styles, fonts, legend, licences; one copy of the packages', () => {
  const webview = path.join(root, 'dist', 'webview');
  for (const file of ['diagram.js', 'diagram.css', 'legend.html', 'THIRD-PARTY.txt']) {
    assert.ok(fs.existsSync(path.join(webview, file)), file);
  }
  const css = fs.readFileSync(path.join(webview, 'diagram.css'), 'utf8');
  for (const [, font] of css.matchAll(/url\("?\.\/([^")]+\.ttf)"?\)/g)) {
    assert.ok(fs.existsSync(path.join(webview, font)), font);
  }
  assert.match(css, /\.dd-header/);
  const licences = fs.readFileSync(path.join(webview, 'THIRD-PARTY.txt'), 'utf8');
  assert.match(licences, /@eclipse-glsp\/client 2\.8\.0/);
  assert.match(licences, /@eclipse-glsp\/vscode-integration-webview 2\.8\.0/);
  const map = path.join(webview, 'diagram.js.map');
  if (fs.existsSync(map)) {
    const sources = JSON.parse(fs.readFileSync(map, 'utf8')).sources;
    assert.ok(!sources.some(source => source.includes('org.dynadeploy.diagram.client/node_modules')),
      'the client sources use this package\'s node_modules');
  }
});
