// The search page's script, the only script on the site. It reads the index the build wrote under /search/
// (see org.engagementportal.generate.SearchIndex) a piece at a time: index.json (the list of word files and each
// page's type), the file of the words starting with the first letters of each word searched for, and the files of
// the pages shown. Results are written with textContent only, and announced through the status line (aria-live).
// Without this script the page offers the A to Z instead.
(function () {
  'use strict';

  var form = document.getElementById('search-page-form');
  if (!form || !window.fetch) {
    return;
  }
  var query = document.getElementById('search-query');
  var type = document.getElementById('search-type');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var fallback = document.getElementById('search-without-script');
  var base = form.getAttribute('action');
  var SHOWN = 10;

  // As SearchIndex.COMMON and SearchIndex.words: the same words, split the same way.
  var COMMON = new Set(('the and of to in for on is are be with at by it this that as or an from we you our your will ' +
      'can was were has have not but if they their there which who what when how about all any more do so us its also ' +
      'been into out up http https www').split(' '));

  var FOLDED = {'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd'};

  // As SearchIndex.isUnspaced: the scripts written without spaces between words.
  var SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}' +
      '\\p{Script=Khmer}\\p{Script=Myanmar}\\u30FC\\uFF70';
  var UNSPACED = new RegExp('[' + SCRIPTS + ']', 'u');
  var UNSPACED_RUNS = new RegExp('[' + SCRIPTS + ']+|[^' + SCRIPTS + ']+', 'gu');

  function words(text) {
    // As SearchIndex.scan: a soft hyphen (U+00AD, pasted from Word or copied from a page) is no gap, so the word is one.
    // As source/Folding.plain: without accents, and the letters Unicode does not write as a letter and an accent folded too.
    var plain = text.replace(/\u00AD/g, '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[łøđħıßæœþð]/g, function (c) {
      return FOLDED[c];
    }).replace(/([\p{L}\p{Nd}])&(?=\p{L})/gu, '$1'); // "A&E" is one word, "ae", as SearchIndex.scan reads it
    var out = [];
    function add(w) {
      if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) {
        w = w.slice(0, -1);
      }
      if (Array.from(w).length >= 2 && !COMMON.has(w) && out.indexOf(w) < 0) {
        out.push(w);
      }
    }
    plain.split(/[^\p{L}\p{Nd}]+/u).forEach(function (w) {
      if (!UNSPACED.test(w)) {
        add(w);
        return;
      }
      // As SearchIndex.unspaced: in a script written without spaces, a character alone, or every pair side by side.
      (w.match(UNSPACED_RUNS) || []).forEach(function (run) {
        var chars = Array.from(run);
        if (!UNSPACED.test(chars[0])) {
          add(run);
        } else if (chars.length === 1) {
          if (out.indexOf(run) < 0) {
            out.push(run);
          }
        } else {
          for (var i = 0; i + 1 < chars.length; i++) {
            if (out.indexOf(chars[i] + chars[i + 1]) < 0) {
              out.push(chars[i] + chars[i + 1]);
            }
          }
        }
      });
    });
    return out;
  }

  // As SearchIndex.fileName: a shard's key as a file name.
  function fileName(key) {
    if (/^[a-z0-9]+$/.test(key)) {
      return key;
    }
    return 'u' + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }

  // Files already asked for, kept while the index's version stays the same. A build renumbers the pages, so the files
  // of two builds must never be mixed: each search asks the server whether index.json has changed (a small request,
  // answered "not modified" until it has), and the word and page files are asked for with its version, so the browser's
  // copies of another build's files are never used (nor a CDN's, where its cache keeps query strings apart; the hosts in
  // README clear their copies when publishing). A file that fails to load is asked for again next time.
  var loaded = {};
  var failed = {};
  var version = null;
  function load(path) {
    if (!loaded[path]) {
      // Asked for again after a failure past the browser's copy, which may be of the failure.
      var promise = fetch(base + path + (version ? '?v=' + encodeURIComponent(version) : ''),
          failed[path] ? { cache: 'reload' } : {}).then(function (r) {
        if (!r.ok) {
          throw new Error(path + ': ' + r.status);
        }
        return r.json();
      });
      promise.catch(function () {
        failed[path] = true;
        if (loaded[path] === promise) {
          delete loaded[path];
        }
      });
      loaded[path] = promise;
    }
    return loaded[path];
  }

  function loadIndex() {
    return fetch(base + 'index.json', { cache: 'no-cache' }).then(function (r) {
      if (!r.ok) {
        throw new Error('index.json: ' + r.status);
      }
      return r.json();
    }).then(function (i) {
      if (i.version !== version) {
        loaded = {};
        failed = {};
        version = i.version;
      }
      return i;
    });
  }

  // The pages each word is on, with their scores: every word of the index that starts with it, an exact match
  // counting double. Such words are in the shard with the longest key the word starts with, and in any shard whose
  // key starts with the word (see SearchIndex.shards).
  function pagesFor(word, index, exact) {
    var longest = null;
    var shards = [];
    index.words.forEach(function (key) {
      if (word.indexOf(key) === 0 && (longest === null || key.length > longest.length)) {
        longest = key;
      } else if (key.indexOf(word) === 0 && key.length > word.length) {
        shards.push(key);
      }
    });
    if (longest !== null) {
      shards.push(longest);
    }
    return Promise.all(shards.map(function (s) { return load('words/' + fileName(s) + '.json'); })).then(function (files) {
      var scores = new Map();
      files.forEach(function (file) {
        Object.keys(file).forEach(function (w) {
          if (exact ? w === word : w.indexOf(word) === 0) {
            var list = file[w];
            var page = 0;
            for (var i = 0; i < list.length; i += 2) {
              page += list[i];
              var score = list[i + 1] * (w === word ? 2 : 1);
              scores.set(page, Math.max(scores.get(page) || 0, score));
            }
          }
        });
      });
      return scores;
    });
  }

  var NONE = ' Check the spelling, try other words, or find the page by its title in the A to Z.';
  var current = 0;
  var found = [];
  var index = null;
  // The results in every type, when a type is chosen (for "none here, N in all types"); the index's version they are from.
  var everywhere = 0;
  var searched = null;

  // Takes away the button for more results, after the list.
  function removeMore() {
    var more = document.getElementById('search-more');
    if (more) {
      more.parentNode.removeChild(more);
    }
  }

  // Empties the results, and the button for more of them.
  function clear() {
    results.textContent = '';
    removeMore();
  }

  function search(text, kind) {
    var run = ++current;
    clear();
    var ws = words(text);
    if (ws.length === 0) {
      say(text.trim() === '' ? '' : 'Search for a word of two letters or more. Common words, such as \u201cthe\u201d, are left out.');
      return Promise.resolve();
    }
    say('Searching\u2026');
    return loadIndex().then(function (i) {
      index = i;
      searched = i.version;
      return Promise.all(ws.map(function (w) {
        // "GPs": words of three letters keep their s in the index (SearchIndex.words: "bus" is not "bu"), so the word
        // without it is looked for too, as a whole word, or "GPs" would find nothing where "GP" is on every other page.
        if (w.length === 3 && w.charAt(2) === 's' && w.charAt(1) !== 's') {
          return Promise.all([pagesFor(w, index), pagesFor(w.slice(0, 2), index, true)]).then(function (two) {
            two[1].forEach(function (score, page) {
              two[0].set(page, Math.max(two[0].get(page) || 0, score));
            });
            return two[0];
          });
        }
        return pagesFor(w, index);
      }));
    }).then(function (perWord) {
      if (run !== current) {
        return false;
      }
      var total = new Map();
      everywhere = 0;
      perWord[0].forEach(function (score, page) {
        var sum = score;
        for (var j = 1; j < perWord.length; j++) {
          var s = perWord[j].get(page);
          if (s === undefined) {
            return;
          }
          sum += s;
        }
        everywhere++;
        if (!kind || index.types[parseInt(index.kinds.charAt(page), 36)][0] === kind) {
          total.set(page, sum);
        }
      });
      found = Array.from(total.keys()).sort(function (a, b) { return total.get(b) - total.get(a) || a - b; });
      return show(0, text, kind).then(function () { return run === current; });
    }).catch(function () {
      if (run === current) {
        say('Search is not working at the moment. Find the page in the A to Z instead.');
        fallback.hidden = false;
      }
      return false;
    });
  }

  function say(text) {
    status.textContent = text;
  }

  // Shows results from number `from`, SHOWN at a time, with a button for more.
  function show(from, text, kind) {
    var some = found.slice(from, from + SHOWN);
    var files = Array.from(new Set(some.map(function (p) { return Math.floor(p / index.per_file); })));
    var run = current;
    return Promise.all(files.map(function (f) { return load('pages/' + f + '.json'); })).then(function (tables) {
      if (run !== current) {
        return;
      }
      var byFile = {};
      files.forEach(function (f, i) { byFile[f] = tables[i]; });
      removeMore();
      some.forEach(function (p, i) {
        var row = byFile[Math.floor(p / index.per_file)][p % index.per_file];
        results.appendChild(result(row, from === 0 || i > 0 ? null : 'first-more'));
      });
      var kindName = kind ? ' in ' + typeName(kind, 2) : '';
      var count = found.length === 1 ? '1 result' : found.length + ' results';
      var shown = found.length > SHOWN ? ', showing ' + Math.min(from + SHOWN, found.length) : '';
      var echo = Array.from(text.trim());
      var asked = echo.length > 60 ? echo.slice(0, 60).join('') + '\u2026' : text.trim(); // not a long query read out whole
      var none = kind && everywhere > 0
          ? ' There ' + (everywhere === 1 ? 'is 1 result' : 'are ' + everywhere + ' results') + ' in all types: choose \u201cAll types\u201d to see '
            + (everywhere === 1 ? 'it.' : 'them.')
          : NONE;
      say(count + ' for \u201c' + asked + '\u201d' + kindName + shown + '.' + (found.length ? '' : none));
      fallback.hidden = true;
      if (from + SHOWN < found.length) {
        // After the list, not an item of it: screen readers counted the button as a result ("list, 11 items").
        var extra = document.createElement('p');
        extra.id = 'search-more';
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'nhsuk-button nhsuk-button--secondary';
        button.textContent = 'Show more results';
        button.addEventListener('click', function () {
          // A publish since the search renumbers the pages: then the search is made again, on the new build's files.
          loadIndex().then(function (i) {
            if (i.version !== searched) {
              return search(text, kind).then(function (shown) {
                if (shown) {
                  say(status.textContent + ' The website was updated since your search, so these are its results now.');
                  var first = results.querySelector('a');
                  if (first) {
                    first.focus(); // the button pressed went with the old results
                  }
                }
              });
            }
            return show(from + SHOWN, text, kind).then(function () {
              var first = document.getElementById('first-more');
              if (first) {
                first.focus();
                first.removeAttribute('id');
              }
            });
          }).catch(function () {
            say('More results could not be loaded. Try again, or find the page in the A to Z.');
          });
        });
        extra.appendChild(button);
        results.parentNode.insertBefore(extra, results.nextSibling);
      }
    });
  }

  // A type's name (form 1, "Consultation") or its name in a sentence, of several (form 2, "consultations").
  function typeName(kind, form) {
    for (var i = 0; i < index.types.length; i++) {
      if (index.types[i][0] === kind) {
        return index.types[i][form || 1];
      }
    }
    return kind;
  }

  // One result: [title, address, type, status, summary, language of the title and summary, and "rtl" when that
  // language is written right to left].
  function inLanguage(element, row) {
    if (row[5]) {
      element.lang = row[5];
    }
    if (row[6]) {
      element.dir = row[6];
    }
  }

  function result(row, id) {
    var li = document.createElement('li');
    li.className = 'portal-search__result';
    var h = document.createElement('h2');
    h.className = 'nhsuk-heading-s';
    var a = document.createElement('a');
    a.href = row[1];
    a.textContent = row[0];
    inLanguage(a, row);
    if (id) {
      a.id = id;
    }
    h.appendChild(a);
    li.appendChild(h);
    var facts = document.createElement('p');
    facts.className = 'nhsuk-body-s portal-search__facts';
    facts.textContent = typeName(row[2]) + (row[3] ? ' \u00b7 ' + row[3] : '');
    li.appendChild(facts);
    if (row[4]) {
      var p = document.createElement('p');
      p.className = 'nhsuk-body-s';
      p.textContent = row[4];
      inLanguage(p, row);
      li.appendChild(p);
    }
    return li;
  }

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    query.value = params.get('q') || '';
    type.value = params.get('type') || '';
    if (type.selectedIndex < 0) {
      type.value = '';
    }
    return search(query.value, type.value);
  }

  // The address of the search shown: a link to a part of the page (the skip link, "Large print") changes only its #,
  // and is not a search to make again.
  var shownFor = window.location.search;

  // A search the reader asked for: a new entry in the history, so Back returns to the search before it; the same search
  // again, or a new type for the same words, replaces the entry it is in.
  function ask(replace) {
    var params = new URLSearchParams();
    params.set('q', query.value);
    if (type.value) {
      params.set('type', type.value);
    }
    var address = '?' + params.toString();
    var same = address === window.location.search;
    if (replace || same) {
      window.history.replaceState(null, '', address);
    } else {
      window.history.pushState(null, '', address);
    }
    shownFor = window.location.search;
    if (query.value.trim() === '') {
      ++current; // a search still under way shows nothing now
      clear();
      say('Type a word to search for.');
      return;
    }
    search(query.value, type.value);
  }

  // Hidden in the page as it is sent: without this script the form would search for nothing, above the words that say
  // so, and a reader who typed into it found out only after sending it.
  form.hidden = false;
  fallback.hidden = true;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(typeChanged);
    ask(false);
  });
  // A new type narrows the results shown, once the reader stops on one: the arrow keys move through the types one by
  // one, and a search (and an announcement) at each would be one the reader did not ask for.
  var typeChanged = null;
  type.addEventListener('change', function () {
    if (query.value.trim() !== '') {
      clearTimeout(typeChanged);
      typeChanged = setTimeout(function () { ask(true); }, 700);
    }
  });
  window.addEventListener('popstate', function () {
    clearTimeout(typeChanged); // a type chosen just before Back is not written into the entry Back went to
    if (window.location.search !== shownFor) {
      shownFor = window.location.search;
      fromAddress();
    }
  });
  fromAddress();
}());
