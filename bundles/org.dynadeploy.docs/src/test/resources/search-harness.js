// Runs the catalog's search.js against its search-index.js in Node with a minimal DOM, types a
// query, and prints the result links as JSON lines: {"href": ..., "text": ...}.
// Usage: node search-harness.js <search-index.js> <search.js> <data-root> <query> [enter]
'use strict';
const fs = require('fs');
const vm = require('vm');
const [indexFile, scriptFile, root, query, enter] = process.argv.slice(2);

function element(tag) {
  const node = {
    tagName: tag.toUpperCase(), children: [], listeners: {}, textContent: '', className: '', href: '', value: '',
    appendChild(child) { this.children.push(child); return child; },
    removeChild(child) { this.children.splice(this.children.indexOf(child), 1); },
    get firstChild() { return this.children[0] || null; },
    addEventListener(type, fn) { this.listeners[type] = fn; },
    querySelector(selector) {
      for (const child of this.children) {
        if (child.tagName === selector.toUpperCase()) return child;
        const found = child.querySelector(selector);
        if (found) return found;
      }
      return null;
    },
    set innerHTML(value) { throw new Error('innerHTML must not be used'); }
  };
  return node;
}

const input = element('input');
const list = element('ol');
const location = { href: '' };
const window = { location };
const document = {
  readyState: 'complete',
  body: { getAttribute: (name) => (name === 'data-root' ? root : null) },
  getElementById: (id) => (id === 'dd-search-input' ? input : id === 'dd-search-results' ? list : null),
  createElement: element,
  addEventListener() {}
};
const context = vm.createContext({ window, document });
vm.runInContext(fs.readFileSync(indexFile, 'utf8'), context);
vm.runInContext(fs.readFileSync(scriptFile, 'utf8'), context);
input.value = query;
input.listeners.input();
for (const item of list.children) {
  const link = item.children.find((c) => c.tagName === 'A');
  console.log(JSON.stringify(link ? { href: link.href, text: link.textContent } : { text: item.textContent }));
}
if (enter) {
  input.listeners.keydown({ key: 'Enter' });
  console.log(JSON.stringify({ navigated: location.href }));
}
