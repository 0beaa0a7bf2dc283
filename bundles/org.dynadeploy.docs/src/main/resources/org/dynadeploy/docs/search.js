/*
 * DynaDeploy catalog search: plain JavaScript over the generated index (search-index.js, loaded
 * with a script tag, so it works from file:// without a server, offline, with no network).
 * Results are built with DOM calls and textContent only; no model text is ever parsed as HTML.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 50;

  function start() {
    var input = document.getElementById('dd-search-input');
    var list = document.getElementById('dd-search-results');
    var index = window.DYNADEPLOY_SEARCH_INDEX;
    if (!input || !list || !index) {
      return;
    }
    var root = document.body.getAttribute('data-root') || '.';
    var haystacks = index.map(function (entry) {
      return [entry.n, entry.t, entry.d, entry.p, entry.g].join('\n').toLowerCase();
    });

    function score(entry, haystack, terms) {
      var name = entry.n.toLowerCase();
      var total = 0;
      for (var i = 0; i < terms.length; i++) {
        var term = terms[i];
        if (haystack.indexOf(term) < 0) {
          return -1;
        }
        if (name === term) {
          total += 100;
        } else if (name.indexOf(term) === 0) {
          total += 50;
        } else if (name.indexOf(term) >= 0) {
          total += 20;
        } else {
          total += 1;
        }
      }
      return total;
    }

    function clear() {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
    }

    function render(query) {
      clear();
      var terms = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
      if (terms.length === 0) {
        return;
      }
      var hits = [];
      for (var i = 0; i < index.length; i++) {
        var s = score(index[i], haystacks[i], terms);
        if (s >= 0) {
          hits.push({ entry: index[i], score: s, order: i });
        }
      }
      hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
      if (hits.length === 0) {
        var none = document.createElement('li');
        none.textContent = 'No matches.';
        list.appendChild(none);
        return;
      }
      hits.slice(0, MAX_RESULTS).forEach(function (hit) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + '/' + hit.entry.u;
        link.textContent = hit.entry.n;
        item.appendChild(link);
        var kind = document.createElement('span');
        kind.className = 'dd-kind';
        kind.textContent = hit.entry.k + (hit.entry.t ? ' \u00b7 ' + hit.entry.t : '');
        item.appendChild(kind);
        var where = document.createElement('span');
        where.className = 'dd-where';
        where.textContent = hit.entry.g || hit.entry.d || '';
        item.appendChild(where);
        list.appendChild(item);
      });
    }

    input.addEventListener('input', function () { render(input.value); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        var first = list.querySelector('a');
        if (first) {
          window.location.href = first.href;
        }
      } else if (event.key === 'Escape') {
        input.value = '';
        clear();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
