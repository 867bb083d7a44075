/* One search index serves both languages (mkdocs-static-i18n builds a single
 * search/search_index.json). Before Material hands that index to its search
 * worker, keep only the entries of the current page's language and give lunr
 * the settings that suit that language, so a search from a Chinese page finds
 * Chinese pages and a search from an English page finds English pages.
 *
 * Entries of a non-default language live under "<locale>/"; everything else
 * belongs to the default language. Works offline, loads nothing.
 */
(function () {
  "use strict";

  var OTHER_LOCALES = ["en"];           // non-default languages of mkdocs.yml (i18n plugin)
  var SETTINGS = {
    zh: {
      lang: ["zh"],
      // jieba put U+200B between words at build time; split on it and on punctuation
      separator: "[\\s\\u200b\\u3000\\-、。，．？！；：,.?!;:“”‘’\"()（）《》【】/]+",
      pipeline: ["stemmer"]
    },
    en: {
      lang: ["en"],
      separator: "[\\s\\u200b\\-,.?!;:\"()/]+",
      pipeline: ["trimmer", "stopWordFilter", "stemmer"]
    }
  };

  function pageLocale() {
    var lang = (document.documentElement.getAttribute("lang") || "zh").toLowerCase();
    for (var i = 0; i < OTHER_LOCALES.length; i++) {
      if (lang === OTHER_LOCALES[i] || lang.indexOf(OTHER_LOCALES[i] + "-") === 0) {
        return OTHER_LOCALES[i];
      }
    }
    return "zh";
  }

  function localeOf(location) {
    for (var i = 0; i < OTHER_LOCALES.length; i++) {
      if (location.indexOf(OTHER_LOCALES[i] + "/") === 0) {
        return OTHER_LOCALES[i];
      }
    }
    return "zh";
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
      }),
      options: index.options
    };
  }

  window.searchLang = { pageLocale: pageLocale, localeOf: localeOf, forLocale: forLocale };

  if (typeof Worker === "undefined") {
    return;
  }
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var data = message && message.data;
    if (message && message.type === 0 && data && data.config && Array.isArray(data.docs)) {
      var args = Array.prototype.slice.call(arguments);
      args[0] = { type: message.type, data: forLocale(data, pageLocale()) };
      return post.apply(this, args);
    }
    return post.apply(this, arguments);
  };
})();
