// Drives the generated documentation catalog of examples/homework in headless Chromium, the way a
// reader uses it: opened from disk (file://, no server, no network), clicking through the layer
// diagrams (a sub-group node, then service nodes), and searching. Screenshots of each step land in
// target/screenshots/ for a human look.
//
// Needs the CLI launcher (built by bundles/org.dynadeploy.cli) and Debian's /usr/bin/chromium; with
// CI=true a missing tool fails the run, elsewhere the test is skipped with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(moduleDir, '../..');
const launcher = process.env.DYNADEPLOY_LAUNCHER
  ?? join(repo, 'bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = join(moduleDir, 'target/screenshots');
// The toolchain's known-good flags for Debian's Chromium; the profile is a fresh folder per run.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const missing = [];
if (!existsSync(launcher)) missing.push(`the CLI launcher ${launcher} (build bundles/org.dynadeploy.cli)`);
if (!existsSync(chromiumPath)) missing.push(`Chromium at ${chromiumPath} (apt-get install -y chromium)`);
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`docs-browser: missing ${missing.join(' and ')}; in CI every tool must be there`);
}
const skip = missing.length > 0 ? `missing ${missing.join(' and ')}` : false;
if (skip) console.log(`docs-browser: skipped: ${skip}`);

let work; let context; let page;
const problems = [];        // script errors and console errors of every page
const offsiteRequests = []; // anything but file:// (the catalog must work offline)

before(async () => {
  if (skip) return;
  mkdirSync(screenshots, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'dynadeploy-docs-browser-'));
  const generated = spawnSync(launcher, ['docs', '-s', join(repo, 'examples/homework'), '--output-dir',
    join(work, 'catalog')], { encoding: 'utf8', timeout: 300_000 });
  assert.equal(generated.status, 0, `dynadeploy docs failed:\n${generated.stdout}\n${generated.stderr}`);

  const { chromium } = await import('playwright-core');
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  });
  await context.route(/^(?!file:)/, (route) => {
    offsiteRequests.push(route.request().url());
    return route.abort();
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
});

after(async () => {
  await context?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const catalogUrl = (path) => pathToFileURL(join(work, 'catalog', path)).href;
const shot = (name) => page.screenshot({ path: join(screenshots, `${name}.png`) });
const heading = () => page.locator('main h1').first().textContent();
/** A node of the page's layer diagram, by the link it carries. */
const diagramNode = (href) => page.locator(`.dd-diagram svg a[href="${href}"]`);

/** Whether the element with this id is scrolled into the viewport (the anchor was followed). */
async function inViewport(id) {
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  }, id);
}

test('the catalog opens from disk with the root layer', { skip, timeout: 120_000 }, async () => {
  await page.goto(catalogUrl('index.html'));
  assert.equal(await page.title(), 'Functional architecture documentation');
  assert.equal(await heading(), 'All services');
  assert.equal(await diagramNode('homework/index.html').count(), 1, 'the group node of homework');
  assert.equal(await diagramNode('index.html#s-portal').count(), 1, 'the service node of portal');
  await shot('01-root');
});

test('a sub-group node opens the group page, and its sub-group node the next layer', { skip, timeout: 120_000 },
  async () => {
    await diagramNode('homework/index.html').click();
    await page.waitForURL(/\/homework\/index\.html$/);
    assert.equal(await heading(), 'Homework subsystem');
    assert.match(await page.locator('.dd-breadcrumbs').textContent(), /All services\s*\/\s*Homework subsystem/);
    await shot('02-homework');

    await diagramNode('grading/index.html').click();
    await page.waitForURL(/\/homework\/grading\/index\.html$/);
    assert.equal(await heading(), 'Grading');
    await shot('03-grading');
  });

test('a service node jumps to its entry, on this page or on its own group page', { skip, timeout: 120_000 },
  async () => {
    await diagramNode('index.html#s-plagiarismcheck').click();
    await page.waitForURL((url) => url.hash === '#s-plagiarismcheck');
    assert.match(page.url(), /\/homework\/grading\/index\.html#s-plagiarismcheck$/);
    assert.ok(await inViewport('s-plagiarismcheck'), 'the entry of plagiarismcheck is scrolled into view');
    assert.match(await page.locator('#s-plagiarismcheck').textContent(), /plagiarismcheck/);
    await shot('04-service-entry');

    // usersdb is outside context here (it lives in the root group); its node leads to the root page's entry
    await page.goto(catalogUrl('homework/grading/index.html'));
    await diagramNode('../../index.html#s-usersdb').click();
    await page.waitForURL(/\/catalog\/index\.html#s-usersdb$/);
    assert.equal(await heading(), 'All services');
    assert.ok(await inViewport('s-usersdb'), 'the entry of usersdb is scrolled into view');
    await shot('05-outside-service');
  });

test('the search box finds a service of another group and leads to its entry', { skip, timeout: 120_000 },
  async () => {
    await page.locator('#dd-search-input').fill('literaturedb');
    const first = page.locator('#dd-search-results li a').first();
    await first.waitFor();
    assert.match(await first.textContent(), /literaturedb/);
    await shot('06-search');
    await first.click();
    await page.waitForURL(/\/literature\/index\.html#s-literaturedb$/);
    assert.equal(await heading(), 'Literature subsystem');
    assert.ok(await inViewport('s-literaturedb'), 'the entry of literaturedb is scrolled into view');
    await shot('07-search-result');
  });

test('the infrastructure view is one click away', { skip, timeout: 120_000 }, async () => {
  await page.locator('.dd-views a', { hasText: 'Infrastructure' }).click();
  await page.waitForURL(/\/infrastructure\.html$/);
  assert.match(await page.content(), /webserver/);
  await shot('08-infrastructure');
});

test('no script errors and no requests beyond the catalog files', { skip }, () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(offsiteRequests, []);
});
