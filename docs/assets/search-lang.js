/* Search in the page's language, and Chinese queries split into the index's words.
 *
 * 1. One index serves both languages (mkdocs-static-i18n builds a single
 *    search/search_index.json). Before Material hands it to its search worker, keep
 *    only the entries of the current page's language and give lunr the settings that
 *    suit that language: a search from a Chinese page finds Chinese pages, one from an
 *    English page English pages. Entries of a non-default language live under
 *    "<locale>/"; everything else belongs to the default language.
 *
 * 2. At build time jieba split the Chinese text into words (separated by U+200B).
 *    Material's worker splits a Chinese query against those words too, but its loop
 *    never tries the whole run as one word ("推诿" became "推*" and also matched
 *    推荐, 推给 …), and it gives up when the first character is no word of its own.
 *    So the query is split here first, by longest match against the words of this
 *    language's pages (in a phrase, one-character words are left out), and each word
 *    is sent closed by "〇" (U+3007, no word of the index): the worker then matches
 *    the word whole and drops the "〇" again.
 *
 * 3. The index (about 650 kB, more than the rest of a page together) is fetched only
 *    when the reader first turns to search: focuses or taps the search box, opens the
 *    search dialog (Material's "/", "s" and "f" keys focus the box), or arrives from a
 *    search result (?h=…: Material needs the index's settings to highlight the words).
 *    Material asks for the index with XMLHttpRequest as soon as the page loads; that
 *    request is opened as usual but only sent then. Until it is answered, Material's
 *    dialog says that search is initialising.
 *
 * 4. The results list shows titles and text as the index holds them, with jieba's
 *    U+200B between Chinese words: invisible, but copied along with the text. They are
 *    taken out of the results as Material draws them, and a result whose title is left
 *    empty gets its page's title.
 *
 * 5. The English pages are typeset with curly apostrophes (don’t), while a keyboard
 *    types a straight one (don't), and some index entries (exercise titles, quoted
 *    replies) keep the straight one of their source. An apostrophe between two letters,
 *    straight or curly, becomes the curly one, in the index as it is handed to the
 *    worker and in every query: "don't" finds "don’t" and the other way round.
 *
 * Loaded before Material's bundle (overrides/main.html). Loads nothing itself.
 */
(function () {
  "use strict";

  var DEFAULT_LOCALE = "zh";
  var OTHER_LOCALES = ["en", "zh-Hant"]; // non-default languages of mkdocs.yml (i18n plugin)
  var SETTINGS = {
    zh: {
      lang: ["zh"],
      // jieba put U+200B between words at build time; split on it and on punctuation
      separator: "[\\s\\u200b\\u3000\\-、。，．？！；：,.?!;:“”‘’\"()（）《》【】「」『』/]+",
      pipeline: ["stemmer"]
    },
    en: {
      lang: ["en"],
      separator: "[\\s\\u200b\\-,.?!;:\"()/]+",
      pipeline: ["trimmer", "stopWordFilter", "stemmer"]
    }
  };
  SETTINGS["zh-Hant"] = SETTINGS.zh;     // generated from zh: the same words, converted
  var HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
  var HAN_RUN = new RegExp("[" + HAN + "]+", "g");
  var NOT_HAN = new RegExp("[^" + HAN + "]+");
  var CLOSE = "\u3007";
  var MAX_WORD = 8;

  var words = null;                      // Chinese words of this language's pages

  var LETTER = "A-Za-z\\u00c0-\\u024f";
  var APOSTROPHE = new RegExp("([" + LETTER + "])['\\u2018\\u02bc\\u2019](?=[" + LETTER + "])", "g");

  /* An apostrophe inside a word, however typed, as the pages print it (U+2019). */
  function curlyApostrophes(text) {
    return typeof text === "string" ? text.replace(APOSTROPHE, "$1\u2019") : text;
  }

  function pageLocale() {
    var lang = (document.documentElement.getAttribute("lang") || DEFAULT_LOCALE).toLowerCase();
    for (var i = 0; i < OTHER_LOCALES.length; i++) {
      var other = OTHER_LOCALES[i].toLowerCase();
      if (lang === other || lang.indexOf(other + "-") === 0) {
        return OTHER_LOCALES[i];
      }
    }
    return DEFAULT_LOCALE;
  }

  function localeOf(location) {
    for (var i = 0; i < OTHER_LOCALES.length; i++) {
      if (location.indexOf(OTHER_LOCALES[i] + "/") === 0) {
        return OTHER_LOCALES[i];
      }
    }
    return DEFAULT_LOCALE;
  }

  function forLocale(index, locale) {
    var config = {};
    for (var key in index.config) {
      config[key] = index.config[key];
    }
    var settings = SETTINGS[locale];
    config.lang = settings.lang;
    config.separator = settings.separator;
    config.pipeline = settings.pipeline;
    return {
      config: config,
      docs: index.docs.filter(function (doc) {
        return localeOf(doc.location) === locale;
      }).map(function (doc) {
        var copy = {};
        for (var key in doc) {
          copy[key] = doc[key];
        }
        copy.title = curlyApostrophes(doc.title);
        copy.text = curlyApostrophes(doc.text);
        return copy;
      }),
      options: index.options
    };
  }

  function wordsOf(docs) {
    var found = Object.create(null);
    docs.forEach(function (doc) {
      [doc.title, doc.text].forEach(function (field) {
        if (typeof field !== "string") {
          return;
        }
        field.split(NOT_HAN).forEach(function (word) {
          if (word) {
            found[word] = true;
          }
        });
      });
    });
    return found;
  }

  /* Longest match, left to right; characters that start no word are dropped. */
  function splitRun(run, known) {
    var out = [];
    var i = 0;
    while (i < run.length) {
      var taken = 0;
      for (var size = Math.min(MAX_WORD, run.length - i); size > 0; size--) {
        if (known[run.substr(i, size)]) {
          taken = size;
          break;
        }
      }
      if (taken) {
        out.push(run.substr(i, taken));
        i += taken;
      } else {
        i += 1;
      }
    }
    return out;
  }

  function splitQuery(query, known) {
    if (!known) {
      return query;
    }
    return query.replace(HAN_RUN, function (run) {
      var parts = splitRun(run, known);
      if (parts.length > 1) {
        // in a phrase, one-character words are mostly particles (的, 了, 给 …)
        var longer = parts.filter(function (word) { return word.length > 1; });
        parts = longer.length ? longer : parts;
      }
      if (!parts.length) {
        return run;                      // nothing known: let the worker report no match
      }
      return parts.map(function (word) { return word + CLOSE; }).join(" ");
    });
  }

  function deferIndex() {
    var INDEX = /(^|\/)search\/search_index\.json([?#]|$)/;
    var wanted = /[?&][hq]=/.test(window.location.search);
    var waiting = [];

    function want() {
      if (!wanted) {
        wanted = true;
        waiting.splice(0).forEach(function (send) { send(); });
      }
    }

    function isSearch(target) {
      return !!(target && target.closest &&
                target.closest(".md-search, label[for='__search'], #__search"));
    }

    document.addEventListener("focusin", function (event) {
      if (isSearch(event.target)) { want(); }
    }, true);
    document.addEventListener("pointerdown", function (event) {
      if (isSearch(event.target)) { want(); }
    }, true);
    document.addEventListener("change", function (event) {
      if (isSearch(event.target)) { want(); }
    }, true);

    if (typeof XMLHttpRequest === "undefined") {
      return;
    }
    var open = XMLHttpRequest.prototype.open;
    var send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.open = function (method, url) {
      this.searchLangIndex = INDEX.test(String(url));
      return open.apply(this, arguments);
    };
    XMLHttpRequest.prototype.send = function () {
      if (this.searchLangIndex && !wanted) {
        var request = this;
        var args = arguments;
        waiting.push(function () { send.apply(request, args); });
        return undefined;
      }
      return send.apply(this, arguments);
    };
  }

  var ZWSP = /\u200b/g;

  function cleanResults(list) {
    var walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      if (node.nodeValue.indexOf("\u200b") !== -1) {
        node.nodeValue = node.nodeValue.replace(ZWSP, "");
      }
    }
    Array.prototype.forEach.call(list.querySelectorAll(".md-search-result__item"), function (item) {
      var page = item.querySelector("h1");
      var title = page ? page.textContent.trim() : "";
      Array.prototype.forEach.call(item.querySelectorAll("h1, h2"), function (heading) {
        if (!heading.textContent.trim() && title) {
          heading.textContent = title;   // a section with no heading of its own
        }
      });
    });
  }

  function watchResults() {
    var list = document.querySelector(".md-search-result");
    if (!list || typeof MutationObserver === "undefined") {
      return;
    }
    new MutationObserver(function () { cleanResults(list); })
      .observe(list, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchResults);
  } else {
    watchResults();
  }

  window.searchLang = {
    pageLocale: pageLocale,
    localeOf: localeOf,
    forLocale: forLocale,
    wordsOf: wordsOf,
    splitQuery: splitQuery,
    curlyApostrophes: curlyApostrophes
  };

  deferIndex();

  if (typeof Worker === "undefined") {
    return;
  }
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var data = message && message.data;
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === 0 && data && data.config && Array.isArray(data.docs)) {
      var index = forLocale(data, pageLocale());
      words = wordsOf(index.docs);
      args[0] = { type: message.type, data: index };
    } else if (message && message.type === 2 && typeof data === "string") {
      args[0] = { type: message.type, data: splitQuery(curlyApostrophes(data), words) };
    }
    return post.apply(this, args);
  };
})();
