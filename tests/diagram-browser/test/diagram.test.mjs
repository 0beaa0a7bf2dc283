// Edits DynaDeploy models through the standalone diagram page in headless Chromium, the way a user
// does: `dynadeploy diagram --serve --port 0` on a copy of an example, then palette, clicks, label
// edit, the Delete key, Ctrl+Z and drag and drop. After every edit the model files on disk must
// have changed as expected (the diagram edits the text). Screenshots of each step land in
// target/screenshots/.
//
// Needs the CLI launcher with its `diagram` command and Debian's /usr/bin/chromium; with CI=true a
// missing tool fails the run, elsewhere the tests are skipped with a message.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(moduleDir, '../..');
const launcher = process.env.DYNADEPLOY_LAUNCHER
  ?? join(repo, 'bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = join(moduleDir, 'target/screenshots');
// The toolchain's known-good flags for Debian's Chromium; the profile is a fresh folder per run.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SERVER_START_MS = 120_000;
const EDIT_MS = 20_000;

const missing = [];
if (!existsSync(launcher)) {
  missing.push(`the CLI launcher ${launcher} (build bundles/org.dynadeploy.cli)`);
} else if (spawnSync(launcher, ['diagram', '--help'], { encoding: 'utf8', timeout: 120_000 }).status !== 0) {
  missing.push(`the 'diagram' command of ${launcher}`);
}
if (!existsSync(chromiumPath)) missing.push(`Chromium at ${chromiumPath} (apt-get install -y chromium)`);
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`diagram-browser: missing ${missing.join(' and ')}; in CI every tool must be there`);
}
const skip = missing.length > 0 ? `missing ${missing.join(' and ')}` : false;
if (skip) console.log(`diagram-browser: skipped: ${skip}`);

let work;
let browser;

before(async () => {
  if (skip) return;
  mkdirSync(screenshots, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'dynadeploy-diagram-browser-'));
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---- the server ----------------------------------------------------------------------------

/**
 * Starts `dynadeploy diagram --serve --port 0 -s DIR` and waits for the address it prints. The
 * page is the one built into the CLI, or the one in DYNADEPLOY_WEB_ROOT (`--web-root`, to try a
 * client build without rebuilding the CLI).
 */
async function startServer(modelDir) {
  const webRoot = process.env.DYNADEPLOY_WEB_ROOT ? ['--web-root', process.env.DYNADEPLOY_WEB_ROOT] : [];
  const child = spawn(launcher, ['diagram', '--serve', '--port', '0', '-s', modelDir, ...webRoot],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const origin = await new Promise((resolveOrigin, reject) => {
    const timer = setTimeout(() => reject(new Error(`no server address within ${SERVER_START_MS} ms:\n${output}`)),
      SERVER_START_MS);
    const onData = (chunk) => {
      output += chunk;
      const match = /https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveOrigin(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dynadeploy diagram --serve exited (${code}) before it served:\n${output}`));
    });
  });
  return { child, origin, output: () => output };
}

async function stopServer(server) {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  try { process.kill(-server.child.pid, 'SIGTERM'); } catch { /* already gone */ }
  const timer = setTimeout(() => { try { process.kill(-server.child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
  await exited;
  clearTimeout(timer);
}

// ---- the model on disk ---------------------------------------------------------------------

function copyExample(name) {
  const dir = join(work, name);
  cpSync(join(repo, 'examples', name), dir, { recursive: true });
  return dir;
}

/** The text of the model files with these extensions, in name order. */
function modelText(dir, extensions) {
  return readdirSync(dir).filter((file) => extensions.some((ext) => file.endsWith(ext))).sort()
    .map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
}

/**
 * Waits until the files' text satisfies the check; fails with the text it last saw, the page's
 * messages and a screenshot (target/screenshots/failed-*.png) when it does not.
 */
async function waitForText(dir, extensions, check, what, diagram) {
  const deadline = Date.now() + EDIT_MS;
  let text = modelText(dir, extensions);
  while (!check(text)) {
    if (Date.now() > deadline) {
      let messages = '';
      if (diagram) {
        messages = await diagram.page.locator('#dd-messages').innerText().catch(() => '');
        await shot(diagram.page, `failed-${what.replace(/[^A-Za-z0-9]+/g, '-')}`).catch(() => {});
      }
      assert.fail(`the model text never showed ${what}; messages on the page: ${messages || 'none'}; `
        + `problems: ${diagram?.problems.join('; ') || 'none'}; the text is now:\n${text}`);
    }
    await new Promise((done) => setTimeout(done, 100));
    text = modelText(dir, extensions);
  }
  return text;
}

/** The text of `keyword name … { … }` (a group or a service block), or undefined. */
function block(text, keyword, name) {
  const start = new RegExp(`\\b${keyword}\\s+${name}\\b`).exec(text);
  if (!start) return undefined;
  const open = text.indexOf('{', start.index);
  const nextDecl = text.slice(start.index + start[0].length).search(/\b(service|group)\s+[A-Za-z_]/);
  if (open < 0 || (nextDecl >= 0 && start.index + start[0].length + nextDecl < open)) {
    return text.slice(start.index, start.index + start[0].length); // no body
  }
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') { i = text.indexOf('"', i + 1); if (i < 0) break; continue; }
    if (c === '/' && text[i + 1] === '/') { i = text.indexOf('\n', i); if (i < 0) break; continue; }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return text.slice(start.index, i + 1);
  }
  return text.slice(start.index);
}

const serviceNames = (text) => new Set([...text.matchAll(/\bservice\s+([A-Za-z_][A-Za-z0-9_-]*)/g)].map((m) => m[1]));

// ---- the page ------------------------------------------------------------------------------

/** Opens the diagram of one kind and waits for its first model. */
async function openDiagram(origin, kind, elementType) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${origin}/index.html?type=${kind}`);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: 60_000 });
  await page.waitForSelector(`[data-svg-metadata-type="${elementType}"]`, { timeout: 30_000 });
  const clientId = await page.evaluate(() => window.dynadeploy.clientId);
  // the page shows no error message after loading
  assert.equal(await page.locator('#dd-messages .dd-message.error').count(), 0,
    await page.locator('#dd-messages').innerText());
  return { page, problems, clientId };
}

// scoped to the diagram div: sprotty keeps a hidden copy of the model (for measuring) with the same ids
const element = ({ page, clientId }, id) => page.locator(`[id="${clientId}"] [id="${clientId}_${id}"]`);
const nameLabel = ({ page, clientId }, id) =>
  page.locator(`[id="${clientId}"] [data-svg-metadata-parent-id="${clientId}_${id}"][data-svg-metadata-type="label:name"]`);

/** The model ids of the rendered elements of one type. */
async function idsOf({ page, clientId }, type) {
  return page.evaluate(([prefix, t]) => [...document.querySelectorAll(`[data-svg-metadata-type="${t}"]`)]
    .map((e) => e.id.slice(prefix.length)), [`${clientId}_`, type]);
}

async function centre(locator) {
  const box = await locator.boundingBox();
  assert.ok(box, 'the element is not rendered');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point of the canvas with no element under it (and room around it), bottom right first. */
async function emptyCanvasPoint({ page, clientId }) {
  const point = await page.evaluate((id) => {
    const host = document.getElementById(id).getBoundingClientRect();
    const isCanvas = (x, y) => {
      const hit = document.elementFromPoint(x, y);
      return hit?.matches?.('svg[data-svg-metadata-api]') ?? false;
    };
    for (let y = host.bottom - 60; y > host.top + 60; y -= 20) {
      for (let x = host.right - 80; x > host.left + 80; x -= 20) {
        if ([[0, 0], [-50, 0], [50, 0], [0, -35], [0, 35]].every(([dx, dy]) => isCanvas(x + dx, y + dy))) {
          return { x, y };
        }
      }
    }
    return undefined;
  }, clientId);
  assert.ok(point, 'no empty spot on the canvas');
  return point;
}

/**
 * A point of an element where a click reaches that element itself: the middle if nothing lies on
 * top of it there (the server's edges may cross a node), else the first free point of a grid.
 */
async function grabPoint(locator) {
  const point = await locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hits = (x, y) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && element.contains(hit);
    };
    const candidates = [[0.5, 0.5]];
    for (const fy of [0.5, 0.3, 0.7, 0.15, 0.85]) {
      for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85, 0.05, 0.95]) candidates.push([fx, fy]);
    }
    for (const [fx, fy] of candidates) {
      const x = box.left + box.width * fx;
      const y = box.top + box.height * fy;
      if (hits(x, y)) return { x, y };
    }
    return undefined;
  });
  assert.ok(point, 'no point of the element can be clicked');
  return point;
}

/** Scrolls elements into view (a re-layout after an edit may have moved them out of it). */
async function reveal({ page }, ...ids) {
  await page.evaluate((elementIds) => window.dynadeploy.reveal(elementIds), ids);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function clickOn(diagram, id) {
  await reveal(diagram, id);
  const { x, y } = await grabPoint(element(diagram, id));
  await diagram.page.mouse.click(x, y);
}

/** Waits until the element shows as selected (a key pressed before that acts on the old selection). */
async function selected(locator) {
  await locator.evaluate((node) => new Promise((done, fail) => {
    const started = Date.now();
    const check = () => {
      if (node.matches('.selected') || node.querySelector(':scope > .selected')) done();
      else if (Date.now() - started > 10_000) fail(new Error(`${node.id} is not selected`));
      else setTimeout(check, 50);
    };
    check();
  }));
}

async function paletteTool(page, label) {
  const button = page.locator('.tool-palette .tool-button').filter({ hasText: label }).first();
  await button.waitFor({ timeout: 10_000 });
  await button.click();
}

/** Drags with the mouse in small steps, as a hand does (GLSP needs the moves to start a drag). */
async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
  }
  await page.mouse.up();
}

/** A screenshot, once the update animation (the server animates model updates) is over. */
async function shot(page, name) {
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

// ---- the architecture diagram: create, connect, rename, delete, undo, move -----------------

describe('architecture diagram of examples/homework', { skip }, () => {
  let dir; let server; let diagram;
  const SERVICES = ['.services'];

  before(async () => {
    dir = copyExample('homework');
    server = await startServer(dir);
    diagram = await openDiagram(server.origin, 'architecture', 'node:service');
  });
  after(async () => {
    await diagram?.page.close();
    await stopServer(server);
  });

  test('shows the services, groups and dependencies', async () => {
    const services = await idsOf(diagram, 'node:service');
    for (const name of serviceNames(modelText(dir, SERVICES))) {
      assert.ok(services.includes(`service:${name}`), `service:${name} is not drawn (drawn: ${services.join(', ')})`);
    }
    assert.ok((await idsOf(diagram, 'node:group')).includes('group:homework'));
    assert.ok((await idsOf(diagram, 'edge:dependsOn')).includes('dependsOn:portal->usersdb'));
    assert.ok((await idsOf(diagram, 'edge:connectsTo')).includes('connectsTo:portal->homework'));
    await diagram.page.locator('#dd-legend').waitFor();
    await shot(diagram.page, '01-architecture');
  });

  test('zooms, fits and folds the legend from the toolbar', async () => {
    const { page, clientId } = diagram;
    const zoom = () => page.evaluate((id) => {
      const transform = document.querySelector(`[id="${id}"] svg > g`)?.getAttribute('transform') ?? '';
      return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
    }, clientId);
    const settle = () => page.waitForTimeout(400); // the zoom is animated
    const start = await zoom();
    await page.click('#dd-zoom-in');
    await settle();
    assert.ok(Math.abs(await zoom() - start * 1.25) < 0.01, `zoom in: ${start} -> ${await zoom()}`);
    await page.click('#dd-zoom-out');
    await page.click('#dd-zoom-out');
    await settle();
    assert.ok(await zoom() < start, 'zoom out');
    await page.click('#dd-fit');
    await settle();
    // after "fit" every service is inside the canvas
    const outside = await page.evaluate((id) => {
      const canvas = document.getElementById(id).getBoundingClientRect();
      return [...document.querySelectorAll(`[id="${id}"] [data-svg-metadata-type="node:service"]`)]
        .filter((node) => {
          const box = node.getBoundingClientRect();
          return box.left < canvas.left - 1 || box.top < canvas.top - 1 || box.right > canvas.right + 1 || box.bottom > canvas.bottom + 1;
        }).map((node) => node.id);
    }, clientId);
    assert.deepEqual(outside, []);
    await shot(page, '01b-fit');
    await page.click('#dd-legend-toggle');
    assert.equal(await page.locator('#dd-legend').isVisible(), false);
    await page.click('#dd-legend-toggle');
    assert.equal(await page.locator('#dd-legend').isVisible(), true);
  });

  let created;
  test('creates a service with the palette', async () => {
    const before = serviceNames(modelText(dir, SERVICES));
    await paletteTool(diagram.page, /service/i);
    const spot = await emptyCanvasPoint(diagram);
    await diagram.page.mouse.click(spot.x, spot.y);
    const text = await waitForText(dir, SERVICES, (t) => serviceNames(t).size === before.size + 1, 'a new service', diagram);
    created = [...serviceNames(text)].find((name) => !before.has(name));
    await element(diagram, `service:${created}`).waitFor({ timeout: EDIT_MS });
    await diagram.page.keyboard.press('Escape');
    await shot(diagram.page, '02-created');
  });

  test('connects two services (dependsOn)', async () => {
    assert.ok(created, 'needs the created service');
    await paletteTool(diagram.page, /depends/i);
    await clickOn(diagram, `service:${created}`);
    await clickOn(diagram, 'service:usersdb');
    await waitForText(dir, SERVICES, (t) => /dependsOn[^}]*\busersdb\b/.test(block(t, 'service', created) ?? ''),
      `service ${created} dependsOn usersdb`, diagram);
    await element(diagram, `dependsOn:${created}->usersdb`).waitFor({ timeout: EDIT_MS });
    await diagram.page.keyboard.press('Escape');
    await shot(diagram.page, '03-connected');
  });

  test('renames a service by editing its label', async () => {
    assert.ok(created, 'needs the created service');
    await reveal(diagram, `service:${created}`);
    await nameLabel(diagram, `service:${created}`).dblclick();
    const input = diagram.page.locator('.label-edit input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill('reports');
    await input.press('Enter');
    const text = await waitForText(dir, SERVICES, (t) => serviceNames(t).has('reports') && !serviceNames(t).has(created),
      `service ${created} renamed to reports`, diagram);
    assert.match(block(text, 'service', 'reports'), /dependsOn[^}]*\busersdb\b/, 'the dependency stays with the service');
    await element(diagram, 'service:reports').waitFor({ timeout: EDIT_MS });
    await shot(diagram.page, '04-renamed');
  });

  test('deletes a service with the Delete key; Ctrl+Z undoes it, Ctrl+Shift+Z redoes it', async () => {
    await element(diagram, 'service:reports').waitFor({ timeout: EDIT_MS });
    await clickOn(diagram, 'service:reports');
    await selected(element(diagram, 'service:reports'));
    await diagram.page.keyboard.press('Delete');
    await waitForText(dir, SERVICES, (t) => !serviceNames(t).has('reports'), 'service reports deleted', diagram);
    await element(diagram, 'service:reports').waitFor({ state: 'detached', timeout: EDIT_MS });
    await shot(diagram.page, '05-deleted');

    await diagram.page.keyboard.press('Control+z');
    const text = await waitForText(dir, SERVICES, (t) => serviceNames(t).has('reports'), 'service reports back after undo', diagram);
    assert.match(block(text, 'service', 'reports'), /dependsOn[^}]*\busersdb\b/);
    await element(diagram, 'service:reports').waitFor({ timeout: EDIT_MS });
    await shot(diagram.page, '06-undone');

    // Ctrl+Shift+Z redoes the deletion, and a second Ctrl+Z undoes it again
    await diagram.page.keyboard.press('Control+Shift+z');
    await waitForText(dir, SERVICES, (t) => !serviceNames(t).has('reports'), 'service reports deleted again by redo', diagram);
    await diagram.page.keyboard.press('Control+z');
    await waitForText(dir, SERVICES, (t) => serviceNames(t).has('reports'), 'service reports back after a second undo', diagram);
    await element(diagram, 'service:reports').waitFor({ timeout: EDIT_MS });
  });

  test('disconnects a dependency (Delete on the edge)', async () => {
    const edge = element(diagram, 'dependsOn:portal->usersdb');
    await reveal(diagram, 'service:portal');
    // a point of the line that is on screen and not under anything else, middle first (away
    // from the ends, where GLSP puts the handles of a selected edge)
    const point = await edge.evaluate((g) => {
      const path = g.querySelector('path');
      const length = path.getTotalLength();
      const steps = [20];
      for (let d = 1; d < 18; d++) steps.push(20 - d, 20 + d);
      for (const i of steps) {
        const at = path.getPointAtLength((length * i) / 40);
        const p = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM());
        if (p.x > 0 && p.y > 0 && p.x < innerWidth && p.y < innerHeight && document.elementFromPoint(p.x, p.y) === path) {
          return { x: p.x, y: p.y };
        }
      }
      return undefined;
    });
    assert.ok(point, 'no point of the edge can be clicked');
    await diagram.page.mouse.click(point.x, point.y);
    await selected(edge);
    await diagram.page.keyboard.press('Delete');
    await waitForText(dir, SERVICES, (t) => !/dependsOn[^}]*\busersdb\b/.test(block(t, 'service', 'portal') ?? ''),
      'portal no longer dependsOn usersdb', diagram);
    await edge.waitFor({ state: 'detached', timeout: EDIT_MS });
    await shot(diagram.page, '07-disconnected');
  });

  test('refuses a name that is taken while it is typed', async () => {
    const before = modelText(dir, SERVICES);
    await reveal(diagram, 'service:reports');
    await nameLabel(diagram, 'service:reports').dblclick();
    const input = diagram.page.locator('.label-edit input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill('');
    await input.pressSequentially('usersdb');
    const editor = diagram.page.locator('.label-edit.validation-error');
    await editor.waitFor({ timeout: 10_000 });
    assert.match(await editor.getAttribute('data-balloon'), /\S/, 'the editor says why');
    await shot(diagram.page, '08-name-taken');
    await input.press('Enter');
    await diagram.page.waitForTimeout(500);
    assert.ok(await input.isVisible(), 'the editor stays open on a refused name');
    await input.press('Escape');
    assert.equal(modelText(dir, SERVICES), before, 'a refused name changes nothing');
  });

  test('shows the message of an edit the server refuses', async () => {
    const before = modelText(dir, SERVICES);
    // a rename of a group heading (the client offers no editor for it; the server refuses it)
    await diagram.page.evaluate(() => window.dynadeploy.dispatch(
      { kind: 'applyLabelEdit', isOperation: true, labelId: 'group:homework#heading', text: 'renamed' }));
    const message = diagram.page.locator('#dd-messages .dd-message.warning, #dd-messages .dd-message.error').first();
    await message.waitFor({ timeout: EDIT_MS });
    assert.match(await message.innerText(), /\w/);
    await shot(diagram.page, '09-refused');
    await message.locator('.dd-message-close').click();
    await message.waitFor({ state: 'detached' });
    assert.equal(modelText(dir, SERVICES), before, 'a refused edit changes nothing');
  });

  test('moves a service into another group by drag and drop', async () => {
    await reveal(diagram, 'service:grader', 'group:homework/storage');
    const from = await grabPoint(element(diagram, 'service:grader'));
    const to = await centre(element(diagram, 'group:homework/storage'));
    await drag(diagram.page, from, to);
    await waitForText(dir, SERVICES, (t) => /\bservice\s+grader\b/.test(block(t, 'group', 'storage') ?? ''),
      'service grader inside group storage', diagram);
    await shot(diagram.page, '10-moved');
    assert.deepEqual(diagram.problems, [], `problems on the page; server output:\n${server.output()}`);
  });
});

// ---- the deployment diagram: drag a deployed service to another target -----------------------

describe('deployment diagram of examples/stafftracker', { skip }, () => {
  let dir; let server; let diagram;
  const RESULTS = ['.dist', '.qos'];

  before(async () => {
    dir = copyExample('stafftracker');
    const dist = join(dir, 'x.dist');
    const gendist = spawnSync(launcher, ['gendist', '-s', dir, '-i', dir, '-q', dir, '-o', dist],
      { encoding: 'utf8', timeout: 300_000 });
    assert.equal(gendist.status, 0, `dynadeploy gendist failed:\n${gendist.stdout}\n${gendist.stderr}`);
    server = await startServer(dir);
    diagram = await openDiagram(server.origin, 'deployment', 'node:deployed');
  });
  after(async () => {
    await diagram?.page.close();
    await stopServer(server);
  });

  test('shows the targets with the services deployed there', async () => {
    const targets = await idsOf(diagram, 'node:target');
    const deployed = await idsOf(diagram, 'node:deployed');
    assert.ok(targets.length >= 2, `targets: ${targets.join(', ')}`);
    assert.ok(deployed.length >= 1, 'no deployed service is drawn');
    for (const id of deployed) {
      const [, targetName] = /^deployed:([^/]+)\//.exec(id) ?? [];
      assert.ok(targets.includes(`target:${targetName}`), `${id} names no drawn target`);
    }
    await shot(diagram.page, '11-deployment');
  });

  test('drags a deployed service to another target', async () => {
    const targets = (await idsOf(diagram, 'node:target')).map((id) => id.slice('target:'.length));
    const deployed = (await idsOf(diagram, 'node:deployed')).map((id) => id.slice('deployed:'.length).split('/'));
    // a service and a target it is not on yet
    let move;
    for (const [from, service] of deployed) {
      const to = targets.find((t) => t !== from && !deployed.some(([t2, s2]) => t2 === t && s2 === service));
      if (to) { move = { from, service, to }; break; }
    }
    assert.ok(move, 'no service can move to another target');
    const before = modelText(dir, RESULTS);
    const mentions = (text) => text.split('\n').filter((line) => new RegExp(`\\b${move.service}\\b`).test(line)
      && new RegExp(`\\b${move.to}\\b`).test(line));
    assert.deepEqual(mentions(before), [], `${move.service} and ${move.to} already share a line`);

    await reveal(diagram, `deployed:${move.from}/${move.service}`, `target:${move.to}`);
    const source = await grabPoint(element(diagram, `deployed:${move.from}/${move.service}`));
    const target = await centre(element(diagram, `target:${move.to}`));
    await drag(diagram.page, source, target);
    await waitForText(dir, RESULTS, (t) => mentions(t).length > 0,
      `${move.service} placed on ${move.to} (in the distribution or pinned in the policy)`, diagram);
    await element(diagram, `deployed:${move.to}/${move.service}`).waitFor({ timeout: EDIT_MS });
    await shot(diagram.page, '12-redeployed');
    assert.deepEqual(diagram.problems, [], `problems on the page; server output:\n${server.output()}`);
  });
});
