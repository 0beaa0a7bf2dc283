// The DynaDeploy extension in a real VS Code: code-server with the .vsix installed, driven in
// headless Chromium. One scenario on a copy of examples/stafftracker: the server becomes ready,
// an edit makes an error appear (squiggle and Problems), completion offers DynaDeploy proposals,
// "DynaDeploy: Plan" from the command palette writes the distribution, which the explorer shows;
// the "Assign ids" code lens writes the ids; "Generate Docs" + "Open Generated Docs" show the
// documentation in the Simple Browser; "Open Architecture Diagram" shows the diagram webview beside
// the text, a rename there becomes an (undoable) edit of the text, and undo in the text editor
// updates the diagram; "Restart Server" brings the server back to ready.
// Screenshots go to target/screenshots/.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openBrowser, startCodeServer } from '../lib/codeServer.mjs';
import { copyExample, makeTempDir, missingTools, requireTools, SCREENSHOTS, skipUnless, TARGET, tools, waitFor } from '../lib/tools.mjs';

const NEEDED = ['vsix', 'javaHome', 'node24Home', 'codeServer', 'chromium'];
const skip = skipUnless(...NEEDED);

// In CI a missing tool is a failure, counted as one (see lib/tools.mjs).
if (!skip && missingTools(...NEEDED).length > 0) {
  test('VS Code: the tools are installed', () => requireTools(...NEEDED));
}
const FIRST_DIAGNOSTIC_TIMEOUT = 90000; // a JVM server's first diagnostic, on a busy machine

describe('VS Code (code-server) with the DynaDeploy extension', { skip: skip || missingTools(...NEEDED).length > 0, timeout: 600000 }, () => {
  let server;
  let broken = false;
  // The steps build on each other: after a failed one the rest fail at once instead of timing out.
  const step = (name, body) => it(name, async () => {
    if (broken) throw new Error('an earlier step failed');
    try {
      await body();
    } catch (error) {
      broken = true;
      await shot(`failed-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}`).catch(() => undefined);
      throw error;
    }
  });
  let browser;
  let page;
  let workspace;
  let temp;
  const started = Date.now();

  const shot = async name => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  };
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  /** Runs a command palette entry by its title (fill(), not typing: see shared/toolchain.md). */
  const runCommand = async title => {
    await openQuickInput('>');
    await page.locator('.quick-input-widget input').fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 20000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
  };

  const openQuickInput = async () => {
    const input = page.locator('.quick-input-widget input');
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.keyboard.press('F1');
      if (await input.isVisible().catch(() => false)) return;
      await input.waitFor({ timeout: 5000 }).then(() => true, () => false);
      if (await input.isVisible()) return;
    }
    throw new Error('the command palette did not open');
  };

  const openFile = async name => {
    await openQuickInput();
    await page.locator('.quick-input-widget input').fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20000 });
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ timeout: 20000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 20000 });
  };

  const goToLine = async line => {
    await openQuickInput();
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
  };

  const errorSquiggles = () => page.locator('.editor-instance .monaco-editor .squiggly-error');

  before(async () => {
    requireTools(...NEEDED);
    fs.mkdirSync(TARGET, { recursive: true });
    fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
    temp = makeTempDir('vscode-e2e');
    workspace = copyExample('stafftracker', temp);
    server = await startCodeServer({ workspace, logFile: path.join(TARGET, 'code-server.log'), keepLogsIn: path.join(TARGET, 'vscode-logs') });
    console.log(`# code-server on port ${server.port} with ${server.installed} (${elapsed()})`);
    browser = await openBrowser();
    page = browser.page;
    page.setDefaultTimeout(30000);
  });

  after(async () => {
    if (page) {
      await shot('99-last').catch(() => undefined);
    }
    await browser?.close();
    await server?.stop();
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  step('opens the workspace and the extension starts the language server', async () => {
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    const explorer = page.locator('.explorer-folders-view');
    await explorer.locator('.monaco-list-row', { hasText: 'stafftracker.services' }).waitFor({ timeout: 60000 });
    console.log(`# workbench shown (${elapsed()})`);
    await openFile('stafftracker.services');
    // The status bar item says "starting" then "ready" (a check mark).
    const status = page.locator('.statusbar-item', { hasText: 'DynaDeploy' });
    await status.first().waitFor({ timeout: 60000 });
    await waitFor('the DynaDeploy status to be ready', async () => {
      if (await status.locator('.codicon-error').count() > 0) {
        const tooltip = await status.first().getAttribute('aria-label').catch(() => '');
        throw new Error(`the status bar shows an error (${tooltip}); see target/vscode-logs/*/exthost*/dynadeploy.dynadeploy/DynaDeploy.log`);
      }
      return (await status.locator('.codicon-check').count()) > 0;
    }, { timeout: FIRST_DIAGNOSTIC_TIMEOUT });
    // The TextMate grammar colours the keywords: 'service' has a token class of its own.
    const serviceToken = page.locator('.editor-instance .view-line span', { hasText: /^service$/ }).first();
    await serviceToken.waitFor();
    await shot('01-services-file-open');
    console.log(`# server ready (${elapsed()})`);
  });

  step('shows a diagnostic for an edit that breaks a reference', async () => {
    const lines = fs.readFileSync(path.join(workspace, 'stafftracker.services'), 'utf8').split('\n');
    const line = lines.findIndex(text => text.trim() === 'dependsOn rooms') + 1;
    assert.ok(line > 0, 'the example has a "dependsOn rooms" line');
    await goToLine(line);
    await page.keyboard.press('End');
    await page.keyboard.type(', nowhere', { delay: 20 });
    await errorSquiggles().first().waitFor({ timeout: FIRST_DIAGNOSTIC_TIMEOUT });
    await shot('02-diagnostic-squiggle');

    await runCommand('View: Focus Problems');
    const problems = page.locator('.markers-panel');
    await problems.waitFor({ timeout: 20000 });
    await waitFor('the problem to be listed', async () => /nowhere/.test(await problems.innerText()), { timeout: 30000 });
    const text = await problems.innerText();
    assert.match(text, /nowhere/);
    await shot('03-problems-panel');
    console.log(`# diagnostic shown (${elapsed()})`);
  });

  step('offers DynaDeploy completion proposals', async () => {
    // A new clause in the same service: the proposals after 'connectsTo ' are the services.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    const lines = fs.readFileSync(path.join(workspace, 'stafftracker.services'), 'utf8').split('\n');
    const line = lines.findIndex(text => text.trim() === 'dependsOn rooms') + 1;
    await goToLine(line);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('connectsTo ', { delay: 20 });
    const suggest = page.locator('.editor-widget.suggest-widget');
    let labels = [];
    await waitFor('completion proposals', async () => {
      if (!(await suggest.locator('.monaco-list-row').first().isVisible().catch(() => false))) {
        await page.keyboard.press('Control+Space');
        await page.waitForTimeout(1500);
      }
      labels = await suggest.locator('.monaco-list-row .label-name').allInnerTexts();
      return labels.some(label => /staffservice|zipcodes|stafftracker/.test(label));
    }, { timeout: 60000, interval: 500 });
    console.log(`# completion proposals: ${labels.join(', ')}`);
    await shot('04-completion');
    await page.keyboard.press('Escape');
  });

  step('"DynaDeploy: Plan" writes the distribution, shown in the explorer', async () => {
    // Planning needs a model without errors: undo the edits.
    await runCommand('File: Revert File');
    await waitFor('the errors to go away', async () => (await errorSquiggles().count()) === 0,
      { timeout: 60000, interval: 500 });
    const dist = path.join(workspace, 'stafftracker.dist');
    assert.ok(!fs.existsSync(dist), 'no distribution before planning');

    await runCommand('DynaDeploy: Plan');
    await waitFor('stafftracker.dist on disk', () => fs.existsSync(dist), { timeout: 90000, interval: 250 });
    const text = fs.readFileSync(dist, 'utf8');
    assert.match(text, /stafftracker\s*=>\s*test\d/);
    assert.match(text, /rooms\s*=>\s*test1/, 'the databases can only go to test1 (the only MySQL machine)');

    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'stafftracker.dist' })
      .waitFor({ timeout: 30000 });
    await page.locator('.notifications-toasts', { hasText: /Planned 'stafftracker'/ }).waitFor({ timeout: 30000 });
    await shot('05-plan-explorer');

    // Open it from the explorer (the quick-open file index may not know the new file yet).
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'stafftracker.dist' }).click();
    await page.locator('.tabs-container .tab[aria-label*="stafftracker.dist"]').first().waitFor({ timeout: 20000 });
    await page.locator('.editor-instance .view-line', { hasText: '=>' }).first().waitFor();
    await shot('06-distribution-open');
    console.log(`# planned (${elapsed()})`);
  });

  step('the "Assign ids" code lens above the policy writes ids.ids', async () => {
    await openFile('policy.qos');
    const lens = page.locator('.editor-instance .codelens-decoration a', { hasText: 'Assign ids' }).first();
    await lens.waitFor({ timeout: 60000 });
    await lens.click();
    const ids = path.join(workspace, 'ids.ids');
    await waitFor('ids.ids on disk', () => fs.existsSync(ids), { timeout: 90000, interval: 250 });
    assert.match(fs.readFileSync(ids, 'utf8'), /ids ports\s*\{[^}]*stafftracker\s*=\s*\d+/);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'ids.ids' }).waitFor({ timeout: 30000 });
    await shot('07-code-lens-assign-ids');
    console.log(`# ids assigned from the code lens (${elapsed()})`);
  });

  step('"DynaDeploy: Generate Docs" and "Open Generated Docs" show the documentation', async () => {
    const index = path.join(workspace, 'docs-out', 'index.html');
    await openFile('policy.qos');
    await runCommand('DynaDeploy: Generate Docs');
    await waitFor('docs-out/index.html on disk', () => fs.existsSync(index), { timeout: 90000, interval: 250 });
    await page.locator('.notifications-toasts', { hasText: /Generated the documentation/ }).waitFor({ timeout: 30000 });

    await runCommand('DynaDeploy: Open Generated Docs');
    // The Simple Browser shows the page served by the extension (through code-server's port proxy).
    const docsFrame = await waitFor('the documentation in the Simple Browser', async () => {
      for (const frame of page.frames()) {
        if (/\/proxy\/\d+\/index\.html|127\.0\.0\.1:\d+\/index\.html/.test(frame.url())) {
          const text = await frame.locator('body').innerText({ timeout: 2000 }).catch(() => '');
          if (/stafftracker|StaffTracker|Databases/.test(text)) return frame;
        }
      }
      return undefined;
    }, { timeout: 60000, interval: 500 });
    assert.ok(docsFrame);
    await page.waitForTimeout(500);
    await shot('08-generated-docs');
    console.log(`# docs shown (${elapsed()})`);
  });

  /** The frame of the diagram webview (VS Code nests it in two iframes) once its model is shown. */
  const diagramFrame = async kind => waitFor(`the ${kind} diagram webview`, async () => {
    for (const frame of page.frames()) {
      const shown = await frame.evaluate(() => document.body?.dataset.loaded === 'true'
        && document.body?.dataset.diagramKind).catch(() => undefined);
      if (shown === kind) return frame;
    }
    return undefined;
  }, { timeout: 90000, interval: 500 });

  step('"Open Architecture Diagram" shows the model beside the text; a rename in the diagram edits the text', async () => {
    await openFile('stafftracker.services');
    // Room for the diagram beside the text: the Simple Browser of the last step goes.
    await runCommand('View: Close Editors in Other Groups');
    await runCommand('View: Hide Panel');
    const problems = [];
    page.on('console', message => {
      if (message.type() === 'error' && /dynadeploy|glsp|diagram/i.test(message.text())) problems.push(message.text());
    });
    const started = Date.now();
    await runCommand('DynaDeploy: Open Architecture Diagram');
    const frame = await diagramFrame('architecture');
    const clientId = await frame.evaluate(() => window.dynadeploy.clientId);
    const label = name => frame.locator(`[data-svg-metadata-parent-id="${clientId}_service:${name}"][data-svg-metadata-type="label:name"]`);
    await label('rooms').waitFor({ timeout: 30000 });
    assert.ok(await frame.locator('[data-svg-metadata-type="node:group"]').count() >= 2, 'the groups are drawn');
    assert.ok(await frame.locator(`[id="${clientId}_dependsOn:roomservice->rooms"]`).count() === 1, 'a dependsOn edge is drawn');
    // beside the text: the services file stays visible in the first editor group
    await page.locator('.tabs-container .tab.active[aria-label*="stafftracker.services"]').first().waitFor();
    await page.locator('.tabs-container .tab.active[aria-label*="Architecture: stafftracker"]').first().waitFor();
    assert.equal(await frame.locator('#dd-messages .dd-message.error').count(), 0,
      await frame.locator('#dd-messages').innerText());
    console.log(`# architecture diagram shown in ${((Date.now() - started) / 1000).toFixed(1)} s (${elapsed()})`);
    // The legend starts folded beside the text; the header's toggle shows it.
    assert.equal(await frame.locator('#dd-legend').isVisible(), false);
    await frame.locator('#dd-legend-toggle').click();
    await frame.locator('#dd-legend').waitFor();
    await frame.locator('#dd-fit').click();
    await page.waitForTimeout(800);
    await shot('11-architecture-diagram');
    await frame.locator('#dd-legend-toggle').click();
    await frame.locator('#dd-legend').waitFor({ state: 'hidden' });

    // Rename 'rooms' by editing its label: the language server sends the edit to the text editor.
    const onDisk = fs.readFileSync(path.join(workspace, 'stafftracker.services'), 'utf8');
    const lines = onDisk.split('\n');
    const declaration = lines.findIndex(text => /^\s*service rooms:/.test(text)) + 1;
    const reference = lines.findIndex(text => text.trim() === 'dependsOn rooms') + 1;
    assert.ok(declaration > 0 && reference > 0);
    const renameStarted = Date.now();
    // On the name's first letters: the server's layout may run an edge through the middle of a node.
    const box = await label('rooms').boundingBox();
    await label('rooms').dblclick({ position: { x: 3, y: box.height / 2 } });
    const input = frame.locator('.label-edit input');
    await input.waitFor({ timeout: 10000 });
    await input.fill('roomsdb');
    await input.press('Enter');
    await label('roomsdb').waitFor({ timeout: 60000 });
    console.log(`# renamed in the diagram: the diagram shows it after ${((Date.now() - renameStarted) / 1000).toFixed(1)} s`);
    // An unsaved, undoable change of the document, not a write behind the editor's back.
    const servicesTab = page.locator('.tabs-container .tab[aria-label*="stafftracker.services"]').first();
    await page.locator('.tabs-container .tab.dirty[aria-label*="stafftracker.services"]').first().waitFor({ timeout: 10000 });
    assert.equal(fs.readFileSync(path.join(workspace, 'stafftracker.services'), 'utf8'), onDisk);
    // (the editor draws spaces as non-breaking ones)
    const editorText = async () => (await page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
    await servicesTab.click();
    await goToLine(reference);
    await waitFor('dependsOn renamed in the text', async () => /dependsOn roomsdb/.test(await editorText()), { timeout: 10000 });
    await goToLine(declaration);
    await waitFor('the service renamed in the text', async () => /service roomsdb:/.test(await editorText()), { timeout: 10000 });
    await shot('12-diagram-rename-in-text');

    // Undo in the text editor: the diagram follows the text.
    await page.keyboard.press('Control+z');
    // The rename also changed the open stafftracker.dist: VS Code asks whether to undo in both files.
    const dialog = page.locator('.monaco-dialog-box');
    if (await dialog.waitFor({ timeout: 3000 }).then(() => true, () => false)) {
      await dialog.locator('.monaco-button', { hasText: /Undo in \d+ Files/ }).first().click();
    }
    await waitFor('the undo in the text editor', async () => /service rooms:/.test(await editorText()),
      { timeout: 20000, interval: 250 });
    await label('rooms').waitFor({ timeout: 30000 });
    assert.equal(await label('roomsdb').count(), 0);
    await shot('13-diagram-after-text-undo');
    assert.equal(await frame.locator('#dd-messages .dd-message.error').count(), 0,
      await frame.locator('#dd-messages').innerText());
    assert.deepEqual(problems, [], 'no script errors in the webview');
    console.log(`# diagram edit and text undo (${elapsed()})`);
  });

  step('"DynaDeploy: Restart Server" restarts it to ready', async () => {
    const status = page.locator('.statusbar-item', { hasText: 'DynaDeploy' }).first();
    await runCommand('DynaDeploy: Restart Server');
    await waitFor('the status to leave ready', async () => (await status.locator('.codicon-check').count()) === 0,
      { timeout: 15000, interval: 50 }).catch(() => undefined); // a fast restart may be missed: that is fine
    await waitFor('the status to be ready again', async () => (await status.locator('.codicon-check').count()) > 0,
      { timeout: FIRST_DIAGNOSTIC_TIMEOUT });
    console.log(`# restarted (${elapsed()})`);
  });

  step('a dynadeploy.java.home that is no JDK is reported, with a button that opens the setting', async () => {
    // As if set in the Remote settings (code-server is a remote window): the change restarts the
    // server, the bad home is rejected and JAVA_HOME is used instead, with a warning that offers
    // to open the setting.
    fs.mkdirSync(path.dirname(server.machineSettingsFile), { recursive: true });
    fs.writeFileSync(server.machineSettingsFile, JSON.stringify({ 'dynadeploy.java.home': '/no/such/jdk' }, null, 2));
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'dynadeploy.java.home' }).first();
    await toast.waitFor({ timeout: 60000 });
    assert.match(await toast.innerText(), /does not exist/);
    await shot('09-java-home-warning');

    await toast.locator('.monaco-button', { hasText: 'Open Setting' }).first().click();
    const setting = page.locator('.settings-editor .setting-item-contents', { hasText: 'Path to a JDK or JRE' }).first();
    await setting.waitFor({ timeout: 30000 });
    assert.equal(await setting.locator('input').first().inputValue(), '/no/such/jdk');
    await shot('10-java-home-setting');
    const status = page.locator('.statusbar-item', { hasText: 'DynaDeploy' }).first();
    await waitFor('the server to be ready on JAVA_HOME', async () => (await status.locator('.codicon-check').count()) > 0,
      { timeout: FIRST_DIAGNOSTIC_TIMEOUT });
    console.log(`# java.home setting checked (${elapsed()})`);
  });
});
