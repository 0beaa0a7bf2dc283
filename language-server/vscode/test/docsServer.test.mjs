// The loopback server behind "DynaDeploy: Open Generated Docs": serves the docs folder, and
// nothing outside it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DocsServer, resolveInside, contentType } = require('../target/test-build/docsServer.js');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dynadeploy-docs-'));
const docs = path.join(root, 'docs-out');
fs.mkdirSync(path.join(docs, 'groups', 'back end'), { recursive: true });
fs.writeFileSync(path.join(docs, 'index.html'), '<html><body><a href="groups/back%20end/index.html">x</a></body></html>');
fs.writeFileSync(path.join(docs, 'groups', 'back end', 'index.html'), '<p>group</p>');
fs.writeFileSync(path.join(docs, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
fs.writeFileSync(path.join(root, 'secret.txt'), 'outside');
const server = new DocsServer(docs);
after(() => {
  server.dispose();
  fs.rmSync(root, { recursive: true, force: true });
});

test('resolveInside keeps requests inside the folder', () => {
  assert.equal(resolveInside(docs, '/index.html'), path.join(docs, 'index.html'));
  assert.equal(resolveInside(docs, '/groups/back%20end/index.html?x=1#top'), path.join(docs, 'groups', 'back end', 'index.html'));
  assert.equal(resolveInside(docs, '/'), docs);
  assert.equal(resolveInside(docs, '/../secret.txt'), undefined);
  assert.equal(resolveInside(docs, '/groups/%2e%2e/%2e%2e/secret.txt'), undefined);
  assert.equal(resolveInside(docs, '/..%5csecret.txt'), undefined);
  assert.equal(resolveInside(docs, '/%E0%A4%A'), undefined);
});

test('content types', () => {
  assert.equal(contentType('a/index.html'), 'text/html; charset=utf-8');
  assert.equal(contentType('d.SVG'), 'image/svg+xml');
  assert.equal(contentType('x.bin'), 'application/octet-stream');
});

test('serves pages, folders and images; refuses escapes; 404s the rest', async () => {
  const index = await server.urlOf('index.html');
  assert.match(index, /^http:\/\/127\.0\.0\.1:\d+\/index\.html$/);
  const base = index.replace(/index\.html$/, '');

  let response = await fetch(index);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(await response.text(), /groups\/back%20end/);

  response = await fetch(`${base}groups/back%20end/`);
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '<p>group</p>');

  response = await fetch(`${base}diagram.svg`);
  assert.equal(response.headers.get('content-type'), 'image/svg+xml');

  response = await fetch(`${base}missing.html`);
  assert.equal(response.status, 404);

  response = await fetch(`${base}..%2Fsecret.txt`);
  assert.notEqual(response.status, 200);

  response = await fetch(index, { method: 'POST' });
  assert.equal(response.status, 405);

  assert.equal(await server.urlOf('index.html'), index, 'one server per folder');
});
