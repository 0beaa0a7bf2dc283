// The extension's manifest: every language has a grammar, a configuration and an icon that
// exist; every command in a menu is contributed; the commands the code registers and the ones
// package.json contributes are the same; the settings the brief promises are there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const source = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');

test('six languages, each with its extension, grammar, configuration and icon', () => {
  const extensions = contributes.languages.map(language => language.extensions[0]).sort();
  assert.deepEqual(extensions, ['.dist', '.idres', '.ids', '.infra', '.qos', '.services']);
  for (const language of contributes.languages) {
    assert.ok(language.aliases.length > 0, language.id);
    assert.ok(fs.existsSync(path.join(root, language.configuration)), language.configuration);
    assert.ok(fs.existsSync(path.join(root, language.icon.light)), language.icon.light);
    const grammar = contributes.grammars.find(g => g.language === language.id);
    assert.ok(grammar, `no grammar for ${language.id}`);
    const json = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8'));
    assert.equal(json.scopeName, grammar.scopeName);
  }
});

test('the language configuration: comments, brackets, auto-closing', () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  assert.equal(config.comments.lineComment, '//');
  assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(config.brackets.map(pair => pair[0]).sort(), ['(', '[', '{']);
  assert.ok(config.autoClosingPairs.some(pair => pair.open === '"'));
});

test('commands: contributed = registered, menus only name contributed ones', () => {
  const contributed = contributes.commands.map(command => command.command).sort();
  const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map(match => match[1]).sort();
  assert.deepEqual(registered, contributed);
  for (const entries of Object.values(contributes.menus)) {
    for (const entry of entries) {
      assert.ok(contributed.includes(entry.command), entry.command);
    }
  }
  const titles = contributes.commands.map(command => `${command.category}: ${command.title}`);
  for (const title of ['DynaDeploy: Plan', 'DynaDeploy: Assign Ids', 'DynaDeploy: Generate Docs',
    'DynaDeploy: Open Generated Docs', 'DynaDeploy: Restart Server', 'DynaDeploy: Open Diagram',
    'DynaDeploy: Open Architecture Diagram', 'DynaDeploy: Open Deployment Diagram', 'DynaDeploy: Open Infrastructure Diagram']) {
    assert.ok(titles.includes(title), title);
  }
  // The server's own command ids are registered by vscode-languageclient: never contribute them twice.
  for (const serverCommand of ['dynadeploy.plan', 'dynadeploy.assignIds', 'dynadeploy.generateDocs', 'dynadeploy.diagram.start']) {
    assert.ok(!contributed.includes(serverCommand), serverCommand);
  }
});

test('"Open Diagram" is in the editor title and context menus of model files, and in the explorer', () => {
  for (const menu of ['editor/title', 'editor/context', 'explorer/context']) {
    const entry = contributes.menus[menu].find(item => item.command === 'dynadeploy.openDiagram');
    assert.ok(entry, menu);
    assert.match(entry.when, /dynadeploy|services/, menu);
  }
  const icon = contributes.commands.find(command => command.command === 'dynadeploy.openDiagram').icon;
  assert.ok(icon, 'the editor title shows it as an icon');
});

test('the engine is new enough for @eclipse-glsp/vscode-integration, and @types/vscode matches it', () => {
  const integration = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@eclipse-glsp', 'vscode-integration', 'package.json'), 'utf8'));
  const needed = /(\d+\.\d+)/.exec(integration.engines.vscode)[1];
  const ours = /(\d+\.\d+)/.exec(manifest.engines.vscode)[1];
  assert.ok(Number(ours.split('.')[1]) >= Number(needed.split('.')[1]), `${ours} >= ${needed}`);
  assert.ok(manifest.devDependencies['@types/vscode'].startsWith(ours), 'vsce wants @types/vscode <= engines.vscode');
  for (const [name, version] of Object.entries(manifest.devDependencies)) {
    assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is pinned exactly`);
  }
});

test('settings', () => {
  const properties = contributes.configuration.properties;
  assert.equal(properties['dynadeploy.java.home'].type, 'string');
  assert.equal(properties['dynadeploy.server.jvmArgs'].type, 'array');
  assert.deepEqual(properties['dynadeploy.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('the bundle is the entry point and vsce packages without node_modules', () => {
  assert.equal(manifest.main, './dist/extension.js');
  const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
  assert.match(ignore, /!server\/dynadeploy-language-server\.jar/);
  assert.match(ignore, /!dist\/extension\.js/);
  assert.match(ignore, /!dist\/webview\/\*\*/);
  assert.doesNotMatch(ignore, /!node_modules/);
});
