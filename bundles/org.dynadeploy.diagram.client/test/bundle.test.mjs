// Checks the built page (target/classes/org/dynadeploy/diagram/web/, written by `npm run build`):
// everything index.html and app.css refer to is there, the bundle knows the diagram and element
// types of the server contract, and nothing is fetched from another site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(moduleDir, 'target/classes/org/dynadeploy/diagram/web');
const read = (file) => readFileSync(join(web, file), 'utf8');

test('the page and its bundle are built', () => {
  for (const file of ['index.html', 'app.js', 'app.css']) {
    assert.ok(existsSync(join(web, file)), `${file} is missing from ${web} (run npm run build)`);
  }
});

test('index.html refers only to files that exist, all relative', () => {
  const html = read('index.html');
  const refs = [...html.matchAll(/(?:src|href)="([^"?#]+)"/g)].map((m) => m[1]).filter((ref) => !ref.startsWith('data:'));
  assert.ok(refs.includes('app.js') && refs.includes('app.css'), `index.html loads ${refs.join(', ')}`);
  for (const ref of refs) {
    assert.doesNotMatch(ref, /^(\/|[a-z]+:)/, `${ref} must be relative (the page is served from any folder)`);
    assert.ok(existsSync(join(web, ref)), `${ref} is missing`);
  }
});

test('app.css refers to fonts that exist', () => {
  const css = read('app.css');
  const urls = [...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1].replace(/[?#].*$/, '')).filter((u) => !u.startsWith('data:'));
  assert.ok(urls.some((u) => /codicon-\w+\.ttf$/.test(u)), 'the codicon font is bundled');
  assert.ok(urls.some((u) => /DejaVuSans-\w+\.ttf$/.test(u)), 'DejaVu Sans (the font the server measures labels with) is bundled');
  for (const url of urls) {
    assert.doesNotMatch(url, /^[a-z]+:/, `${url} would be fetched from another site`);
    assert.ok(existsSync(join(web, url)), `${url} is missing`);
  }
});

test('the bundle knows the server contract', () => {
  const js = read('app.js');
  for (const type of ['dynadeploy-architecture', 'dynadeploy-deployment', 'dynadeploy-infrastructure',
    'node:group', 'node:service', 'node:target', 'node:container', 'node:deployed', 'comp:group', 'comp:target',
    'label:heading', 'label:name', 'label:type', 'label:property', 'edge:dependsOn', 'edge:connectsTo', '/glsp']) {
    assert.ok(js.includes(type), `app.js does not mention ${type}`);
  }
});

test('the licences of the bundled packages are listed', () => {
  const notice = read('THIRD-PARTY.txt');
  for (const name of ['@eclipse-glsp/client', '@eclipse-glsp/sprotty', 'sprotty', 'inversify', 'snabbdom']) {
    assert.match(notice, new RegExp(`^${name.replace('/', '\\/')} \\S+: \\S`, 'm'), `${name} is not listed`);
  }
});

test('no source maps or stray files in a production build', () => {
  const files = readdirSync(web);
  const unexpected = files.filter((f) => !/^(index\.html|app\.js|app\.css|THIRD-PARTY\.txt|app\.js\.LEGAL\.txt|app\.css\.LEGAL\.txt|(codicon|DejaVuSans)-[A-Z0-9]+\.ttf|[a-z0-9.-]+\.map)$/i.test(f));
  assert.deepEqual(unexpected, []);
});
