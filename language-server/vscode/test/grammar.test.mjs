// Tokenizes DynaDeploy text with the extension's TextMate grammars, the way VS Code does
// (vscode-textmate + the Oniguruma regex engine), and checks the scopes of what matters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const repo = path.resolve(root, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const grammarFiles = Object.fromEntries(manifest.contributes.grammars.map(g => [g.scopeName, path.join(root, g.path)]));

const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
const registry = new textmate.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
    createOnigString: text => new oniguruma.OnigString(text),
  }),
  loadGrammar: async scopeName => {
    const file = grammarFiles[scopeName];
    return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
  },
});

const grammars = {};
for (const language of ['services', 'infra', 'qos', 'idres', 'dist', 'ids']) {
  grammars[language] = await registry.loadGrammar(`source.dynadeploy.${language}`);
}

/** Every token of the text: { text, scopes, line }. */
function tokenize(language, text) {
  const grammar = grammars[language];
  assert.ok(grammar, `no grammar for ${language}`);
  let state = textmate.INITIAL;
  const tokens = [];
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ text: line.substring(token.startIndex, token.endIndex), scopes: token.scopes, line: index });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** The scopes of the first token whose text is exactly `text` (after `after`, if given). */
function scopesOf(tokens, text, after) {
  let start = 0;
  if (after !== undefined) {
    start = tokens.findIndex(token => token.text === after) + 1;
    assert.ok(start > 0, `no token '${after}' in ${JSON.stringify(tokens.map(t => t.text))}`);
  }
  const token = tokens.slice(start).find(candidate => candidate.text === text);
  assert.ok(token, `no token '${text}' in ${JSON.stringify(tokens.map(t => t.text))}`);
  return token.scopes.join(' ');
}

function assertScope(language, text, word, expected, after) {
  const scopes = scopesOf(tokenize(language, text), word, after);
  assert.match(scopes, new RegExp(`(^| )${expected.replaceAll('.', '\\.')}`), `'${word}' in «${text}» has scopes ${scopes}`);
}

function assertNoScope(language, text, word, unexpected) {
  const scopes = scopesOf(tokenize(language, text), word);
  assert.doesNotMatch(scopes, new RegExp(unexpected.replaceAll('.', '\\.')), `'${word}' in «${text}» has scopes ${scopes}`);
}

test('services: declarations, keywords, properties and types', () => {
  const text = 'service rooms: mysql-database {\n    stateful\n    dependsOn staff, zip-codes\n    ids ports, uids\n    requireMem = 65536\n}';
  assertScope('services', text, 'service', 'keyword.other.dynadeploy');
  assertScope('services', text, 'rooms', 'entity.name.type.service.dynadeploy');
  assertScope('services', text, 'mysql-database', 'support.type.service-type.dynadeploy');
  assertScope('services', text, 'stateful', 'storage.modifier.dynadeploy');
  assertScope('services', text, 'dependsOn', 'keyword.other.dynadeploy');
  assertScope('services', text, 'ids', 'keyword.other.dynadeploy');
  assertScope('services', text, 'requireMem', 'variable.other.property.dynadeploy');
  assertScope('services', text, '=', 'keyword.operator.assignment.dynadeploy');
  assertScope('services', text, '65536', 'constant.numeric.integer.dynadeploy');
  assertScope('services', text, '{', 'punctuation.section.braces.dynadeploy');
  assertNoScope('services', text, 'zip-codes', 'keyword');
});

test('services: groups, docs and strings with escapes', () => {
  const text = 'group backend "Back \\"end\\"" {\n    description "Services"\n}\ndocs {\n    fields description, type\n    header requireMem = "Memory"\n    title "backend/data" = "Data"\n}';
  assertScope('services', text, 'group', 'keyword.other.dynadeploy');
  assertScope('services', text, 'backend', 'entity.name.namespace.group.dynadeploy');
  assertScope('services', text, '\\"', 'constant.character.escape.dynadeploy');
  assertScope('services', text, 'docs', 'keyword.other.dynadeploy');
  assertScope('services', text, 'fields', 'keyword.other.dynadeploy');
  assertScope('services', text, 'header', 'keyword.other.dynadeploy');
  assertScope('services', text, 'title', 'keyword.other.dynadeploy');
  assertScope('services', text, 'Services', 'string.quoted.double.dynadeploy');
});

test('names with dashes or digits are neither keywords nor numbers', () => {
  assertNoScope('services', 'dependsOn service-a', 'service-a', 'keyword');
  assertNoScope('infra', 'target target-0001 {', 'target-0001', 'constant.numeric');
  assertScope('infra', 'target target-0001 {', 'target-0001', 'entity.name.type.target.dynadeploy');
  assertNoScope('services', 'service ^service {', '^service', 'keyword');
  assertNoScope('services', 'x1 = 2', 'x1', 'constant.numeric');
});

test('comments: line and block, also across lines', () => {
  const tokens = tokenize('services', '// a service\n/* one\n   service two */ service three {}');
  assert.match(scopesOf(tokens, '// a service'.slice(2)), /comment\.line\.double-slash\.dynadeploy/);
  const inside = tokens.filter(token => token.line === 1);
  assert.ok(inside.every(token => token.scopes.includes('comment.block.dynadeploy')), JSON.stringify(inside));
  assert.match(scopesOf(tokens, '   service two '), /comment\.block\.dynadeploy/);
  assert.match(scopesOf(tokens, 'service', '*/'), /keyword\.other\.dynadeploy/);
});

test('values: floats, negative numbers, booleans, lists and attribute sets', () => {
  const text = 'ratio = 0.25\nshift = -1\nenabled = true\nzones = ["US", "Europe"]\nopts = { workers = 4 }';
  assertScope('infra', text, '0.25', 'constant.numeric.float.dynadeploy');
  assertScope('infra', text, '-1', 'constant.numeric.integer.dynadeploy');
  assertScope('infra', text, 'true', 'constant.language.boolean.dynadeploy');
  assertScope('infra', text, '[', 'punctuation.section.brackets.dynadeploy');
  assertScope('infra', text, 'US', 'string.quoted.double.dynadeploy');
  assertScope('infra', text, 'workers', 'variable.other.property.dynadeploy');
});

test('infrastructure: env(...) and secret(...) references, augment selectors', () => {
  const text = 'augment creds targets with container mysql-database {\n    container mysql-database {\n        password = env("MYSQL_PASSWORD")\n        token = secret ( "monitoring/token" )\n    }\n}\naugment all all targets {}\naugment some target web1, db1 {}\naugment eu targets where zone = "Europe" {}';
  assertScope('infra', text, 'augment', 'keyword.other.dynadeploy');
  assertScope('infra', text, 'creds', 'entity.name.function.augmentation.dynadeploy');
  assertScope('infra', text, 'targets', 'keyword.other.dynadeploy');
  assertScope('infra', text, 'with', 'keyword.other.dynadeploy');
  assertScope('infra', text, 'container', 'keyword.other.dynadeploy');
  assertScope('infra', text, 'mysql-database', 'entity.name.type.container.dynadeploy');
  assertScope('infra', text, 'env', 'support.function.secret.dynadeploy');
  assertScope('infra', text, 'MYSQL_PASSWORD', 'meta.secret-reference.dynadeploy');
  assertScope('infra', text, 'MYSQL_PASSWORD', 'string.quoted.double.dynadeploy');
  assertScope('infra', text, 'secret', 'support.function.secret.dynadeploy');
  assertScope('infra', text, 'where', 'keyword.other.dynadeploy');
  assertScope('infra', text, 'target', 'keyword.other.dynadeploy', 'some');
  assertNoScope('infra', 'environment = "prod"', 'environment', 'support.function');
});

test('QoS policies: steps, filter calls, arguments, initial/previous, custom filters', () => {
  const text = 'policy stafftracker {\n    filter clear = java "org.example.Clear" with "-v"\n    let typed = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: supportedTypes)\n    let kept = mapStatefulToPrevious(typed)\n    result divide(previous, strategy: greedy, limit: 3)\n}';
  assertScope('qos', text, 'policy', 'keyword.other.dynadeploy');
  assertScope('qos', text, 'stafftracker', 'entity.name.type.policy.dynadeploy');
  assertScope('qos', text, 'filter', 'keyword.other.dynadeploy');
  assertScope('qos', text, 'clear', 'entity.name.function.filter.dynadeploy');
  assertScope('qos', text, 'java', 'storage.type.dynadeploy');
  assertScope('qos', text, 'with', 'keyword.other.dynadeploy');
  assertScope('qos', text, 'let', 'keyword.other.dynadeploy');
  assertScope('qos', text, 'typed', 'variable.other.constant.step.dynadeploy');
  assertScope('qos', text, 'mapAttrOnList', 'entity.name.function.filter.dynadeploy');
  assertScope('qos', text, 'initial', 'constant.language.dynadeploy');
  assertScope('qos', text, 'previous', 'constant.language.dynadeploy');
  assertScope('qos', text, 'serviceProperty', 'variable.parameter.dynadeploy');
  assertScope('qos', text, 'result', 'keyword.other.dynadeploy');
  assertScope('qos', text, '3', 'constant.numeric.integer.dynadeploy');
});

test('id resources: pools, ranges, scopes and steps', () => {
  const text = 'pool ports 3000..4000 scope machine step 10';
  assertScope('idres', text, 'pool', 'keyword.other.dynadeploy');
  assertScope('idres', text, 'ports', 'entity.name.type.pool.dynadeploy');
  assertScope('idres', text, '3000', 'constant.numeric.integer.dynadeploy');
  assertScope('idres', text, '..', 'keyword.operator.range.dynadeploy');
  assertScope('idres', text, '4000', 'constant.numeric.integer.dynadeploy');
  assertScope('idres', text, 'scope', 'keyword.other.dynadeploy');
  assertScope('idres', text, 'machine', 'constant.language.scope.dynadeploy');
  assertScope('idres', text, 'step', 'keyword.other.dynadeploy');
});

test('distributions: pins, arrows, containers and nothing', () => {
  const text = 'pin rooms => test1 in mysql-database\nstaffservice => test1, test2\nunused => nothing';
  assertScope('dist', text, 'pin', 'storage.modifier.dynadeploy');
  assertScope('dist', text, 'rooms', 'entity.name.type.service.dynadeploy');
  assertScope('dist', text, '=>', 'keyword.operator.arrow.dynadeploy');
  assertScope('dist', text, 'in', 'keyword.other.dynadeploy');
  assertScope('dist', text, 'nothing', 'constant.language.dynadeploy');
  assertNoScope('dist', text, 'test1', 'keyword');
});

test('ids: resources, last ids and targets', () => {
  const text = 'ids ports {\n    roomservice = 3000\n}\nlast ports = 3001\ntarget test1 {\n    last uids = 2000\n}';
  assertScope('ids', text, 'ids', 'keyword.other.dynadeploy');
  assertScope('ids', text, 'ports', 'entity.name.type.pool.dynadeploy');
  assertScope('ids', text, 'roomservice', 'variable.other.property.dynadeploy');
  assertScope('ids', text, '3000', 'constant.numeric.integer.dynadeploy');
  assertScope('ids', text, 'last', 'keyword.other.dynadeploy');
  assertScope('ids', text, 'target', 'keyword.other.dynadeploy');
  assertScope('ids', text, 'test1', 'entity.name.type.target.dynadeploy');
});

// Every keyword of every Xtext grammar is highlighted in its language: the TextMate grammars
// must follow the real ones (bundles/org.dynadeploy.lang/.../*.xtext).
const XTEXT = path.join(repo, 'bundles/org.dynadeploy.lang/src/main/java/org/dynadeploy/lang');
const XTEXT_OF = { services: 'Services', infra: 'Infrastructure', qos: 'Qos', idres: 'IdResources', dist: 'Distribution', ids: 'Ids' };
const HIGHLIGHTED = /(keyword|storage|constant\.language|support\.function)\S*\.dynadeploy/;

function keywordsOf(xtextName) {
  const text = fs.readFileSync(path.join(XTEXT, `${xtextName}.xtext`), 'utf8').replace(/\/\/.*$/gm, '').replace(/terminal[^;]*;/g, '');
  return [...new Set([...text.matchAll(/'([A-Za-z][\w-]*)'/g)].map(match => match[1]))].sort();
}

for (const [language, xtextName] of Object.entries(XTEXT_OF)) {
  test(`every keyword of ${xtextName}.xtext is highlighted in .${language}`, { skip: !fs.existsSync(XTEXT) && 'the Xtext grammars are not beside this extension' }, () => {
    const keywords = [...keywordsOf(xtextName), ...keywordsOf('Common')];
    assert.ok(keywords.length > 0);
    for (const keyword of keywords) {
      const line = keyword === 'env' || keyword === 'secret' ? `${keyword}("x")` : keyword;
      const scopes = scopesOf(tokenize(language, line), keyword);
      assert.match(scopes, HIGHLIGHTED, `the keyword '${keyword}' of ${xtextName}.xtext has scopes ${scopes} in .${language}`);
    }
  });
}

test('the example models tokenize without unscoped keywords', { skip: !fs.existsSync(path.join(repo, 'examples')) && 'no examples' }, () => {
  const examples = path.join(repo, 'examples');
  let files = 0;
  for (const folder of fs.readdirSync(examples)) {
    const dir = path.join(examples, folder);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir)) {
      const language = path.extname(file).slice(1);
      if (!grammars[language]) continue;
      files++;
      const tokens = tokenize(language, fs.readFileSync(path.join(dir, file), 'utf8'));
      assert.ok(tokens.length > 0);
      // A top-level declaration keyword at the start of a line is always scoped as a keyword.
      for (const token of tokens) {
        if (/^(service|group|target|augment|policy|pool|let|result)$/.test(token.text) && !token.scopes.some(s => s.startsWith('comment') || s.startsWith('string'))) {
          assert.match(token.scopes.join(' '), HIGHLIGHTED, `${folder}/${file}:${token.line + 1}: '${token.text}'`);
        }
      }
    }
  }
  assert.ok(files >= 4, `only ${files} example files`);
});
