/*
 * Paperboy full-archive search. Dependency-free; no build step.
 *
 * Reads the index that generator/search builds (its package doc is the
 * format's spec): meta.json first, then only the term shards a query needs
 * and the doc-store chunks of the results shown. Everything fetched is
 * cached for the page's life.
 *
 * Markup it expects (ids are fixed; everything but the form, the input and
 * the list is optional; when one of those is missing, it warns on the
 * console and does nothing; the README's "Search" section has the contract):
 *
 *   <form role="search" id="search-form" action="" method="get"
 *         data-index="/repo/search/">            (data-root="/repo/" optional)
 *     <input type="search" name="q" id="search-q">
 *     <select name="topic" id="search-topic"><option value="">All topics</option></select>
 *     <input type="date" name="from" id="search-from">
 *     <input type="date" name="to" id="search-to">
 *     <button type="submit">Search</button>
 *   </form>
 *   <p id="search-status" role="status" aria-live="polite"></p>
 *   <ol id="search-results"></ol>
 *   <noscript>…</noscript>
 *
 * The same algorithm lives in Go (generator/search, Index.Search); a test
 * runs this file under node and compares the two.
 */
(function () {
  'use strict';

  var FORMAT = 3;
  var PAGE = 10;
  // How long typing pauses before a search runs: longer on a slow or
  // metered connection, where each prefix's results cost a round trip
  // (one word typed on 3G fetched 30 files, 129 KB).
  var conn = typeof navigator !== 'undefined' && navigator.connection; // node, which tests this file, has none
  var DEBOUNCE_MS = conn && (conn.saveData || /(^|-)(2g|3g)$/.test(conn.effectiveType || '')) ? 450 : 150;
  var SETTLE_MS = 900; // how long typing pauses before the status line is announced
  var CODE_DIV = 64; // a posting is gap*64 + code
  var TITLE = 1, AUTHOR = 2, TOPIC = 4, LEAD = 8, TF_SHIFT = 4, TF_MAX = 3; // AUTHOR: or id
  var EXACT = 4, PREFIX = 3, TYPO = 2;
  // A word also finds its singular or plural (ASCII letters) and, when it
  // finds nothing, the words one typing mistake away (five letters or
  // more): the Go kin.go.
  var MIN_TYPO = 5;
  var SMALL_INDEX = 4; // term shards: a typo is looked for in all of an index this small
  // The words of a query searched (its longest): a pasted abstract read
  // most of the index. The Go MaxQueryWords.
  var MAX_WORDS = 16;
  var PLAIN_RE = /^[a-z]+$/;
  var LETTERS_RE = /^\p{L}+$/u;
  var TOPIC_TERM = '#';

  var WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
  var OPEN_RE = /[\p{L}\p{N}\p{M}]$/u;
  // A paper as readers paste it (arXiv:2410.07166, an arxiv.org or Hugging
  // Face address, an id with a version or .pdf): the Go arxivRefRE.
  var ARXIV_REF_RE = /(?:https?:\/\/)?(?:www\.)?(?:(?:export\.)?arxiv\.org\/(?:abs|pdf|html)\/|huggingface\.co\/papers\/|\barxiv(?::|\s)\s*)?((?:[a-z][a-z.-]*\/)?\d{7}|\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\b/gi;
  // A bioRxiv or medRxiv preprint as pasted (its page's address, its DOI
  // with the page's version): its DOI, as the Go rxivRefRE.
  var RXIV_REF_RE = /(?:(?:https?:\/\/)?(?:www\.)?(?:bio|med)rxiv\.org\/content\/)?\b(10\.1101\/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,})(?:v\d+)?(?:[./?#][^\t\n\f\r ]*)?/gi;
  // A DOI as pasted (https://doi.org/10.…, doi:10.…): the Go doiRefRE.
  var DOI_REF_RE = /(?:https?:\/\/)?(?:dx\.)?doi\.org\/|\bdoi:\s*/gi;
  // arXiv's DOI of a paper is its id; "-word" leaves a word out; a phrase
  // is in quotes (the Go arxivDOIRE, notRE, phraseRE).
  var ARXIV_DOI_RE = /\b10\.48550\/arxiv\./gi;
  var NOT_RE = /(^|[\t\n\f\r ])-(\p{L}[^\t\n\f\r "“”]*)/gu;
  var PHRASE_RE = /["“”]([^"“”]+)["“”]/g;
  var NAME_RE = /^[a-z]{2,}$/, VERSION_RE = /^[0-9]{1,3}[a-z]?$/, NAME_VERSION_RE = /^([a-z]{2,})([0-9]{1,3}[a-z]?)$/;
  var PHRASE_CHECKS = 50;
  // Han, Hiragana, Katakana and Hangul, tokens one by one and in pairs
  // (the Go isCJK); a single white-space character between two is dropped
  // in the index form (the Go joinCJK).
  var CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var WHITE_SPACE_RE = /^\p{White_Space}$/u;
  var APOSTROPHES_RE = /['’]/g;
  // A compound's words are joined by one hyphen (a hyphen-minus, a hyphen,
  // a no-break hyphen) or Persian's zero-width non-joiner (the Go
  // isHyphen); of two or three, it is a word too (the Go maxCompound). A
  // word of capitalised parts: the Go camelParts.
  var HYPHEN_RE = /^[-\u2010\u2011\u200c]$/;
  var MAX_COMPOUND = 3;
  // What an Arabic word may start with before its bare form: the Go
  // arabicArticles.
  var ARABIC_ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
  var ALNUM_RE = /[A-Za-z0-9]+/g;
  var CAMEL_RE = /^(?:[A-Z][a-z]{2,}){2,}$/;
  var CAMEL_PART_RE = /[A-Z][a-z]+/g;
  // Accents folding drops; not the kana voicing marks (ビデオ is not ヒテオ);
  // and what shows as nothing inside a word (a soft hyphen, a zero-width
  // space, a word joiner, a byte order mark).
  var MN_RE = /(?![\u3099\u309a])\p{Mn}|[\u00ad\u200b\u2060\ufeff]/gu;
  var ASCII_RE = /^[\x00-\x7f]*$/;
  var TRIM_RE = /^[\p{White_Space}\p{P}]$/u; // what a cut snippet does not end with
  // What continues reads around a full stop: Go's unicode.IsPunct, IsLower
  // or IsDigit, IsUpper and IsLetter.
  var LEADING_PUNCT_RE = /^\p{P}+/u;
  var LOWER_OR_DIGIT_RE = /^[\p{Ll}\p{Nd}]/u;
  var UPPER_RE = /^\p{Lu}/u;
  var LEADING_LETTERS_RE = /^\p{L}*/u;

  // cmp orders strings by code point, as Go orders the terms.
  function cmp(a, b) {
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
      var x = a.charCodeAt(i), y = b.charCodeAt(i);
      if (x !== y) {
        return unit(x) < unit(y) ? -1 : 1;
      }
    }
    return a.length - b.length;
  }

  // unit moves surrogates above U+E000–U+FFFF so UTF-16 order is code point order.
  function unit(c) {
    if (c >= 0xd800 && c <= 0xdfff) return c + 0x2000;
    if (c >= 0xe000) return c - 0x800;
    return c;
  }

  // joinCJK returns s without each single white-space character between
  // two CJK characters ("山田 太郎": "山田太郎"), as the Go joinCJK.
  function joinCJK(s) {
    if (!CJK_RE.test(s)) return s;
    var cps = Array.from(s), out = '';
    for (var i = 0; i < cps.length; i++) {
      if (i > 0 && i + 1 < cps.length && WHITE_SPACE_RE.test(cps[i]) && CJK_RE.test(cps[i - 1]) && CJK_RE.test(cps[i + 1])) continue;
      out += cps[i];
    }
    return out;
  }

  // makeFolder returns the tokenizer of an index: meta.json's letter
  // folding, stopwords and token length.
  function makeFolder(meta) {
    var table = new Map(Object.entries(meta.fold || {}));
    var stop = new Set(meta.stop || []);
    var abbrev = new Set(meta.abbrev || []);
    var maxToken = meta.maxToken || 40;

    function fold(s) {
      if (ASCII_RE.test(s)) return s.toLowerCase();
      s = s.normalize('NFKD').replace(MN_RE, '').toLowerCase().normalize('NFC');
      var out = '';
      for (var c of s) out += table.has(c) ? table.get(c) : c;
      return out;
    }

    function cut(t) {
      var cps = Array.from(t);
      return cps.length > maxToken ? cps.slice(0, maxToken).join('') : t;
    }

    // The forms of a text's tokens (the Go form): a query's, the index's,
    // a quoted phrase's.
    var QUERY = 0, INDEX = 1, PHRASE = 2;

    // pieces splits an apostrophe-free word as the Go pieces does, calling
    // emit with each token and the units of the word it spans, and returns
    // how many units the word is: a run of CJK characters is its characters
    // (a unit each) and its pairs of neighbours in the index form, its one
    // character or its pairs in a query, its characters in a phrase.
    function pieces(w, form, emit) {
      var run = '', ideo = [], at = 0;
      function flush() {
        if (ideo.length === 1 || form !== QUERY) ideo.forEach(function (c, i) { emit(c, at + i, at + i + 1); });
        if (form !== PHRASE) for (var i = 1; i < ideo.length; i++) emit(ideo[i - 1] + ideo[i], at + i - 1, at + i + 1);
        at += ideo.length;
        ideo = [];
      }
      for (var c of w) {
        if (CJK_RE.test(c)) {
          if (run) emit(cut(run), at, ++at);
          run = '';
          ideo.push(c);
        } else {
          if (ideo.length) flush();
          run += c;
        }
      }
      if (ideo.length) flush();
      if (run) emit(cut(run), at, ++at);
      return at;
    }

    // tokens returns the distinct query tokens of s, in order; with index
    // set, its index form, as the Go tokens with parts (to find the words
    // a query matches, for highlighting). A compound of two or three
    // words joined by hyphens ("Q-LoRA") is its joined form ("qlora"), and
    // in the index form that of its first two and its words too; a word of
    // capitalised parts ("FlashAttention") is also its parts in the index
    // form. With all set, every token, in order, not only the distinct
    // ones (the Go tokens). The array's compounds maps each compound's token to its words
    // (the Go queryTokens).
    function tokens(s, index, all) {
      var out = [], seen = new Set(), compounds = new Map();
      var fresh = false;
      tokensAt(s, index ? INDEX : QUERY, function (t) {
        fresh = all || !seen.has(t);
        if (fresh) {
          seen.add(t);
          out.push(t);
        }
      }, function (t, words) {
        if (fresh) compounds.set(t, words);
      });
      out.compounds = compounds;
      return out;
    }

    // tokensAt calls emit with every token of s in the form (see tokens),
    // in order, and the units of the text it spans, from and to: a word, a
    // compound's word, a capitalised part of a word in the index form and a
    // CJK character are a unit; a word's variants span its units, a
    // compound's joined form its words'. The phrase form is the query form
    // with a compound as its words, a model's name and version as two, a
    // CJK word as its characters. It calls compound with each compound's
    // token and words in the query form (the Go tokensAt).
    function tokensAt(s, form, emit, compound) {
      var index = form === INDEX;
      var camel = index ? camelWords(s) : new Map(); // only the index form has a word's capitalised parts
      var at = 0; // the unit the next word starts at
      function units(w) { return camel.has(w) ? camel.get(w).length : 1; }
      function from(t, a, b) { emit(t, at + a, at + b); }
      function word(w) {
        var n = units(w);
        emit(cut(w), at, at + n);
        if (index) {
          if (camel.has(w)) camel.get(w).forEach(function (p, i) { emit(p, at + i, at + i + 1); });
          var b = bare(w);
          if (b) emit(cut(b), at, at + n);
        }
        at += n;
      }
      var chain = [];
      function flush() {
        // A query's "llama3" is also its name and version (the Go splitVersion).
        var nv = compound && form === QUERY && chain.length === 1 && chain[0].match(NAME_VERSION_RE);
        if (nv) {
          word(chain[0]);
          compound(cut(chain[0]), [nv[1], nv[2]]);
          chain = [];
          return;
        }
        if (chain.length >= 2 && chain.length <= MAX_COMPOUND && form !== PHRASE) {
          var tok = cut(chain.join('')), width = 0;
          chain.forEach(function (w) { width += units(w); });
          emit(tok, at, at + width);
          if (compound) compound(tok, chain.slice());
          if (!index) {
            at += width;
            chain = [];
            return;
          }
          if (chain.length > 2) emit(cut(chain[0] + chain[1]), at, at + units(chain[0]) + units(chain[1]));
        }
        chain.forEach(word);
        chain = [];
      }
      var folded = index ? joinCJK(fold(s)) : fold(s), end = -1, x;
      var re = new RegExp(WORD_RE.source, 'gu');
      while ((x = re.exec(folded)) !== null) {
        var w = x[0];
        var joined = end >= 0 && HYPHEN_RE.test(folded.slice(end, x.index)) && folded.slice(end, x.index).length === 1;
        // A query's name and version ("llama 3") is one word, as "llama-3".
        var versioned = form === QUERY && end >= 0 && /^ +$/.test(folded.slice(end, x.index)) && chain.length === 1 &&
          NAME_RE.test(chain[0]) && !stop.has(chain[0]) && VERSION_RE.test(w);
        end = x.index + w.length;
        if (!joined && !versioned) flush();
        var apos = w.search(APOSTROPHES_RE) >= 0;
        if (!apos && !CJK_RE.test(w)) {
          chain.push(w);
          continue;
        }
        flush();
        var n = pieces(w.replace(APOSTROPHES_RE, ''), form, from);
        // A query's elided word ("l'IA") finds, when no paper writes it so,
        // its longest part (the Go tokensAt).
        if (compound && !index && apos && !CJK_RE.test(w)) {
          var part = longestPart(w);
          if (part) compound(cut(w.replace(APOSTROPHES_RE, '')), [part]);
        }
        // The index also holds the parts of an elided word ("l’analyse":
        // "analyse"), so a query for the part finds, and marks, it.
        if (index && apos) {
          w.split(APOSTROPHES_RE).forEach(function (p) {
            if (Array.from(p).length >= 2) pieces(p, form, from);
          });
        }
        at += n;
      }
      flush();
    }

    // bare: the word w without the Arabic article it starts with, when
    // three letters or more are left, else '' (the Go bare).
    function bare(w) {
      for (var i = 0; i < ARABIC_ARTICLES.length; i++) {
        var a = ARABIC_ARTICLES[i];
        if (w.startsWith(a) && Array.from(w.slice(a.length)).length >= 3) return w.slice(a.length);
      }
      return '';
    }

    // longestPart: the longest part of two runes or more that apostrophes
    // part w into, the first of equally long ones (the Go longestPart).
    function longestPart(w) {
      var best = '', n = 1;
      w.split(APOSTROPHES_RE).forEach(function (p) {
        var r = Array.from(p).length;
        if (r > n) {
          best = p;
          n = r;
        }
      });
      return best;
    }

    // camelWords maps each ASCII word of s written in two or more
    // capitalised parts of three letters or more, folded, to its parts
    // folded (the Go camelWords).
    function camelWords(s) {
      var out = new Map();
      (s.match(ALNUM_RE) || []).forEach(function (w) {
        if (CAMEL_RE.test(w)) out.set(fold(w), w.match(CAMEL_PART_RE).map(fold));
      });
      return out;
    }

    // continues tells whether the sentence goes on past the full stop
    // between before and after (". " cut off): after an abbreviation
    // ("e.g. transformers", "Fig. 3", "cf. Eq. 2") or an initial ("J. Smith"). The Go
    // folder.continues.
    function continues(before, after) {
      var word = before.slice(before.lastIndexOf(' ') + 1).replace(LEADING_PUNCT_RE, '');
      if (abbrev.has(word.toLowerCase())) {
        return LOWER_OR_DIGIT_RE.test(after) || abbrev.has(after.split(' ')[0].replace(/\.$/, '').toLowerCase());
      }
      if (Array.from(word).length !== 1 || !UPPER_RE.test(word) || !UPPER_RE.test(after)) return false;
      var name = after.match(LEADING_LETTERS_RE)[0];
      var initial = Array.from(name).length === 1 && after.charAt(name.length) === '.';
      return initial || !stop.has(fold(name));
    }

    // sentenceStarts returns the offsets where the sentences of text after
    // its first start. The Go folder.sentenceStarts.
    function sentenceStarts(text) {
      var starts = [], re = /[.!?] /g, x;
      while ((x = re.exec(text)) !== null) {
        if (x.index + 2 < text.length && !(text[x.index] === '.' && continues(text.slice(0, x.index), text.slice(x.index + 2)))) starts.push(x.index + 2);
      }
      return starts;
    }

    // phraseTokens: the tokens of a quoted phrase in the phrase form, in
    // order, its CJK words joined as the index joins them (the Go
    // phraseTokens).
    function phraseTokens(p) {
      var out = [];
      tokensAt(joinCJK(fold(p)), PHRASE, function (t) { out.push(t); });
      return out;
    }

    // holdsPhrase tells whether the index tokens of s hold the phrase's
    // tokens one after the other, each starting at the unit where the one
    // before ends (the Go Index.holdsPhrase).
    function holdsPhrase(s, phrase) {
      var spans = [];
      tokensAt(s, INDEX, function (t, from, to) { spans.push([t, from, to]); });
      var ends = [];
      for (var i = 0; i < phrase.length; i++) {
        var next = [];
        spans.forEach(function (sp) {
          if (sp[0] === phrase[i] && (i === 0 || ends.indexOf(sp[1]) >= 0) && next.indexOf(sp[2]) < 0) next.push(sp[2]);
        });
        if (!next.length) return false;
        ends = next;
      }
      return phrase.length > 0;
    }

    return { fold: fold, tokens: tokens, phraseTokens: phraseTokens, holdsPhrase: holdsPhrase, stop: stop, cut: cut, sentenceStarts: sentenceStarts };
  }

  // parseQuery returns the words every result must match (see the Go
  // parseQuery): a preprint's bioRxiv or medRxiv address is its DOI, an
  // arXiv reference its id, a DOI's address the DOI;
  // the last word is a prefix
  // while being typed; stopwords
  // and a one-letter last word only count when nothing else is left.
  function parseQuery(folder, text) {
    text = text.replace(RXIV_REF_RE, '$1').replace(ARXIV_REF_RE, '$1').replace(DOI_REF_RE, ' ').replace(ARXIV_DOI_RE, ' ');
    var toks = folder.tokens(text);
    var open = OPEN_RE.test(text);
    var req = [], weak = [];
    toks.forEach(function (t, i) {
      var last = i === toks.length - 1 && open && !CJK_RE.test(t);
      var parts = toks.compounds.get(t) || null;
      if (last && Array.from(t).length >= 2) {
        req.push({ tok: t, prefix: true, parts: parts });
      } else if (last || folder.stop.has(t)) {
        weak.push({ tok: t, prefix: false });
      } else {
        req.push({ tok: t, prefix: false, parts: parts });
      }
    });
    return req.length ? longest(req) : weak;
  }

  // readQuery returns {words: parseQuery's, not: the words of each
  // "-word", which no result may hold, phrases: the query tokens of each
  // quoted phrase of two or more} (the Go readQuery).
  function readQuery(folder, text) {
    var not = [], phrases = [];
    text.replace(NOT_RE, function (all, before, word) {
      folder.tokens(word).forEach(function (t) { if (!folder.stop.has(t)) not.push({ tok: t, prefix: false }); });
      return '';
    });
    text = text.replace(NOT_RE, '$1');
    text.replace(PHRASE_RE, function (all, p) {
      // A phrase of one token is a word; one of two CJK words joined
      // ("王 伟": 王伟) is still a phrase.
      if (folder.tokens(p, false, true).length >= 2) phrases.push(folder.phraseTokens(p));
      return '';
    });
    return { words: parseQuery(folder, text), not: not, phrases: phrases };
  }

  // longest returns the MAX_WORDS longest of terms (the earlier of equally
  // long ones), in their order, with cut set when it left some out: in a
  // pasted abstract the long words are the rare ones that find its paper
  // (the Go longest).
  function longest(terms) {
    if (terms.length <= MAX_WORDS) return terms;
    var runes = function (i) { return Array.from(terms[i].tok).length; };
    var order = terms.map(function (_, i) { return i; });
    order.sort(function (a, b) { return runes(b) - runes(a) || a - b; });
    var out = order.slice(0, MAX_WORDS).sort(function (a, b) { return a - b; }).map(function (i) { return terms[i]; });
    out.cut = true;
    return out;
  }

  function points(code) {
    var p = 0;
    if (code & TITLE) p += 20;
    if (code & LEAD) p += 10;
    if (code & AUTHOR) p += 16;
    if (code & TOPIC) p += 10;
    var tf = (code >> TF_SHIFT) & TF_MAX;
    if (tf > 0) p += 1 + tf;
    return p;
  }

  function idf(n, df) {
    return Math.round(100 * Math.log(1 + n / df));
  }

  // kinStem returns tok without its plural ending (Harman's S-stemmer):
  // "ies" (not "aies", "eies") is "y", "es" (not "aes", "ees", "oes")
  // loses its "s", "s" (not "us", "ss") goes.
  function kinStem(tok) {
    if (/ies$/.test(tok) && !/[ae]ies$/.test(tok)) return tok.slice(0, -3) + 'y';
    if (/es$/.test(tok) && !/[aeo]es$/.test(tok)) return tok.slice(0, -1);
    if (/s$/.test(tok) && !/[us]s$/.test(tok)) return tok.slice(0, -1);
    return tok;
  }

  // typoOf: term is what tok mistypes, one typing mistake away or the
  // plural of a word that is, never a topic's filter term (the Go typoOf).
  function typoOf(term, tok) {
    if (term.startsWith(TOPIC_TERM)) return false; // a topic's filter term, which no reader types
    if (oneEdit(term, tok)) return true;
    var stem = kinStem(term);
    return PLAIN_RE.test(term) && stem !== term && oneEdit(stem, tok);
  }

  // kinRoot is the start every singular or plural of tok has ("key" its own).
  function kinRoot(tok) {
    if (/[aeiou]y$/.test(tok)) return tok;
    return tok.replace(/(ies|es|s|y)$/, '');
  }

  function hasKin(tok) {
    return PLAIN_RE.test(tok) && kinRoot(tok).length >= 3;
  }

  // isKin: term is the singular or plural of tok ("box", "boxes";
  // "gpu", "gpus"; "movie", "movies" too).
  function isKin(term, tok) {
    return PLAIN_RE.test(term) && (kinStem(term) === kinStem(tok) || plural(tok, term) || plural(term, tok));
  }

  function plural(one, p) {
    return (p === one + 's' && !/s$/.test(one)) || (p === one + 'es' && /(s|x|z|ch|sh)$/.test(one));
  }

  function isVersioned(parts) {
    return parts.length >= 2 && /^[0-9]/.test(parts[parts.length - 1]);
  }

  function mayBeTypo(tok) {
    return Array.from(tok).length >= MIN_TYPO && LETTERS_RE.test(tok) && !CJK_RE.test(tok);
  }

  // typoRoots: the starts a word one typing mistake away may have (its
  // own first two letters, them swapped, its first and third, its second
  // and third): the Go typoRoots. A term counts only if it has one.
  function typoRoots(tok) {
    var r = Array.from(tok), out = [];
    [[r[0], r[1]], [r[1], r[0]], [r[0], r[2]], [r[1], r[2]]].forEach(function (p) {
      var s = p.join('');
      if (out.indexOf(s) < 0) out.push(s);
    });
    return out;
  }

  // oneEdit reports whether a and b differ by one rune inserted, left
  // out or changed, or two neighbours swapped.
  function oneEdit(a, b) {
    var x = Array.from(a), y = Array.from(b);
    if (x.length > y.length) { var t = x; x = y; y = t; }
    if (y.length - x.length > 1 || a === b) return false;
    var i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    var rest = function (arr, k) { return arr.slice(k).join(''); };
    if (x.length < y.length) return rest(x, i) === rest(y, i + 1);
    if (rest(x, i + 1) === rest(y, i + 1)) return true;
    return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x, i + 2) === rest(y, i + 2);
  }

  // cut returns about max characters of s, cut at a word and ended with
  // "…" when cut: the Go Excerpt (s has its spaces collapsed).
  function cut(s, max) {
    var r = Array.from(s);
    if (r.length <= max) return s;
    var end = max;
    var sp = r.lastIndexOf(' ', end - 1);
    if (sp > Math.floor(max / 2)) end = sp;
    r = r.slice(0, end);
    while (r.length && TRIM_RE.test(r[r.length - 1])) r.pop();
    return r.join('') + '…';
  }

  // ones counts the bits of x.
  function ones(x) {
    var n = 0;
    for (; x; x >>>= 1) n += x & 1;
    return n;
  }

  function filePath(dir, n, hash) {
    return dir + String(n).padStart(3, '0') + '-' + hash + '.json';
  }

  // createIndex returns a reader of one index; fetchJSON(path) resolves
  // a path relative to the index folder to its parsed JSON.
  function createIndex(fetchJSON) {
    var cache = new Map();
    var metaP = null;

    function load(path) {
      if (!cache.has(path)) {
        var p = fetchJSON(path);
        p.catch(function () { cache.delete(path); });
        cache.set(path, p);
      }
      return cache.get(path);
    }

    function meta() {
      if (!metaP) {
        metaP = load('meta.json').then(function (m) {
          if (m.version !== FORMAT) {
            var e = new Error('search index format ' + m.version + ', want ' + FORMAT);
            e.indexFormat = m.version;
            throw e;
          }
          m.folder = makeFolder(m);
          return m;
        });
        metaP.catch(function () { metaP = null; });
      }
      return metaP;
    }

    function shardsFor(m, tok, prefix) {
      var out = [];
      for (var i = 0; i < m.terms.length; i++) {
        var first = m.terms[i][0], last = m.terms[i][1];
        if (cmp(last, tok) < 0) continue;
        if (cmp(first, tok) <= 0 || (prefix && first.startsWith(tok))) {
          out.push(filePath('terms/', i, m.terms[i][2]));
          continue;
        }
        break;
      }
      return out;
    }

    // matches returns each document's score for one query word: its best
    // matching term's points × factor, times the word's idf. A term
    // matches as the word, a longer word it starts (while typed), its
    // singular or plural, or, when none of those is in the index, a word
    // one typing mistake away. w (null for a filter) records the word's
    // bit (w.bit) for every term that matched (w.matched) and every
    // document whose abstract holds one (w.abstract): the Go wordMatch.
    async function matches(m, q, w, typos, fixes) {
      var out = new Map();
      await scanWord(m, q, out, w);
      // A name and its version ("llama3", "gpt-4") also finds its parts
      // apart (the Go isVersioned).
      if (q.parts && (!out.size || isVersioned(q.parts))) await scanParts(m, q, out, w);
      if (typos && !out.size && mayBeTypo(q.tok)) {
        // A small index is read whole (the Go typoShards).
        var small = m.terms.length <= SMALL_INDEX;
        var roots = small ? [''] : typoRoots(q.tok), paths = [];
        roots.forEach(function (root) {
          shardsFor(m, root, true).forEach(function (p) { if (paths.indexOf(p) < 0) paths.push(p); });
        });
        var found = new Map(); // each correction and its documents
        await scan(paths, out, w, function (term, df) {
          if (!roots.some(function (root) { return term.startsWith(root); }) || !typoOf(term, q.tok)) return 0;
          found.set(term, df);
          return TYPO;
        });
        var fix = bestFix(found);
        if (fix) fixes.set(q.tok, fix);
      }
      var weight = idf(m.docs, out.size);
      out.forEach(function (s, d) { out.set(d, s * weight); });
      return out;
    }

    // scanWord adds to out the documents that hold the word q itself, a
    // longer word it starts (q.prefix) or its singular or plural.
    async function scanWord(m, q, out, w) {
      var kin = hasKin(q.tok);
      var root = kin ? kinRoot(q.tok) : q.tok;
      await scan(shardsFor(m, root, q.prefix || kin), out, w, function (term) {
        if (term === q.tok) return EXACT;
        if ((q.prefix && term.startsWith(q.tok)) || (kin && isKin(term, q.tok))) return PREFIX;
        return 0;
      });
    }

    // scanParts adds to out, at the least of their scores, the documents
    // that hold every part of the compound q that is no stopword (the
    // last one as a prefix when q is one): the Go scanParts.
    async function scanParts(m, q, out, w) {
      var both = null;
      for (var i = 0; i < q.parts.length; i++) {
        var p = q.parts[i];
        if (m.folder.stop.has(p)) continue;
        var one = new Map();
        await scanWord(m, { tok: p, prefix: q.prefix && i === q.parts.length - 1 }, one, w);
        if (!both) {
          both = one;
          continue;
        }
        both.forEach(function (s, d) {
          if (one.has(d)) both.set(d, Math.min(s, one.get(d)));
          else both.delete(d);
        });
      }
      if (both) both.forEach(function (s, d) { out.set(d, Math.max(s, out.get(d) || 0)); });
    }

    // bestFix: the correction a typo is shown as, the word one mistake
    // away in the most documents, else the first in code point order (the
    // Go bestFix).
    function bestFix(found) {
      var best = '';
      found.forEach(function (df, term) {
        if (!best || df > found.get(best) || (df === found.get(best) && cmp(term, best) < 0)) best = term;
      });
      return best;
    }

    // scan adds to out, for each term of the shards at paths that factor
    // gives a factor (0: it does not match), every document's points ×
    // factor, keeping each document's best. factor gets the term's number
    // of documents too; the term is recorded in w.
    async function scan(paths, out, w, factor) {
      var shards = await Promise.all(paths.map(load));
      shards.forEach(function (s) {
        Object.keys(s).forEach(function (term) {
          var f = factor(term, s[term].length);
          if (!f) return;
          if (w) w.matched.set(term, (w.matched.get(term) || 0) | w.bit);
          var post = s[term];
          var doc = 0;
          for (var i = 0; i < post.length; i++) {
            var v = post[i];
            var code = v % CODE_DIV;
            doc += (v - code) / CODE_DIV;
            var score = points(code) * f;
            var had = out.get(doc);
            if (had === undefined || score > had) out.set(doc, score);
            if (w && (code >> TF_SHIFT) & TF_MAX) w.abstract.set(doc, (w.abstract.get(doc) || 0) | w.bit);
          }
        });
      });
    }

    async function dayOfDocs(m) {
      var days = new Array(m.docs).fill('');
      if (!m.dates) return days;
      var d = await load(m.dates);
      var doc = 0;
      for (var i = 0; i + 1 < d.runs.length; i += 2) {
        for (var k = 0; k < d.runs[i + 1]; k++, doc++) {
          var n = d.runs[i];
          if (n >= 0 && n < d.days.length && doc < days.length) days[doc] = d.days[n];
        }
      }
      return days;
    }

    // search resolves to {hits: [{doc, score, words: the query words (bits)
    // its abstract holds}] best first, terms: the query words, matched: a
    // Map from each index term they matched to the words (bits), fixes: a
    // Map from each word found only by its typing mistake's corrections
    // to the one shown (see bestFix)}. With
    // query.typos false, a word that is not in the index finds nothing
    // rather than the words one typing mistake away.
    async function search(query) {
      var m = await meta();
      var parsed = readQuery(m.folder, query.text || '');
      var terms = parsed.words;
      var matched = new Map(), fixes = new Map(), abstract = new Map();
      var typos = query.typos !== false;
      var sets = await Promise.all(terms.map(function (t, i) {
        return matches(m, t, { bit: 1 << i, matched: matched, abstract: abstract }, typos, fixes);
      }));
      if (query.topic) {
        var ts = await matches(m, { tok: TOPIC_TERM + query.topic, prefix: false }, null, false);
        ts.forEach(function (_, d) { ts.set(d, 0); });
        sets.push(ts);
      }
      var dated = !!(query.from || query.to);
      var hits = [];
      if (sets.length) {
        sets.sort(function (a, b) { return a.size - b.size; });
        sets[0].forEach(function (s, d) {
          for (var i = 1; i < sets.length; i++) {
            var v = sets[i].get(d);
            if (v === undefined) return;
            s += v;
          }
          hits.push({ doc: d, score: s, words: abstract.get(d) || 0 });
        });
      } else if (dated) {
        for (var d = 0; d < m.docs; d++) hits.push({ doc: d, score: 0, words: 0 });
      }
      if (dated) {
        var days = await dayOfDocs(m);
        hits = hits.filter(function (h) {
          var day = days[h.doc];
          return day !== '' && !(query.from && day < query.from) && !(query.to && day > query.to);
        });
      }
      hits = await refine(m, hits, parsed);
      hits.sort(function (a, b) { return b.score - a.score || b.doc - a.doc; });
      if (parsed.phrases.length) hits = await withPhrases(m, hits, parsed.phrases);
      return { hits: hits, terms: terms, matched: matched, fixes: fixes };
    }

    // refine drops the hits that hold a word the query leaves out and
    // adds to each the bonus of an author's name the query's first and
    // last words may be, joined ("Wei Wang": weiwang): the Go Index.refine.
    async function refine(m, hits, parsed) {
      if (!hits.length) return hits;
      for (var i = 0; i < parsed.not.length; i++) {
        var not = await matches(m, parsed.not[i], null, false);
        hits = hits.filter(function (h) { return !not.has(h.doc); });
      }
      var words = parsed.words;
      if (words.length >= 2) {
        var last = words[words.length - 1];
        var name = await matches(m, { tok: m.folder.cut(words[0].tok + last.tok), prefix: last.prefix }, null, false);
        hits.forEach(function (h) { h.score += name.get(h.doc) || 0; });
      }
      return hits;
    }

    // withPhrases resolves to the hits, of the first PHRASE_CHECKS, whose
    // title, an author's name or abstract (the excerpt, else its text
    // file) hold each phrase (see holdsPhrase): the Go
    // Index.withPhrases.
    async function withPhrases(m, hits, phrases) {
      var out = [];
      for (var i = 0; i < Math.min(hits.length, PHRASE_CHECKS); i++) {
        var h = hits[i], c = Math.floor(h.doc / m.chunk);
        var r = (await load(filePath('docs/', c, m.chunks[c])))[h.doc % m.chunk];
        if (!r) continue;
        var fields = [r[1], r[5]].concat(r[2]);
        var ok = holdsPhrases(m, fields, phrases);
        if (!ok && r[6] && m.textChunk) {
          var texts = await load(filePath('text/', Math.floor(h.doc / m.textChunk), r[6]));
          ok = holdsPhrases(m, fields.concat([texts[h.doc % m.textChunk] || '']), phrases);
        }
        if (ok) out.push(h);
      }
      return out;
    }

    function holdsPhrases(m, fields, phrases) {
      return phrases.every(function (p) {
        return fields.some(function (s) { return m.folder.holdsPhrase(s, p); });
      });
    }

    // records resolves to the display data of hits, in order, each with
    // its snippet (see snippet) for the words of matched, search's.
    async function records(hits, matched) {
      var m = await meta();
      var chunks = await Promise.all(hits.map(function (h) {
        var c = Math.floor(h.doc / m.chunk);
        return load(filePath('docs/', c, m.chunks[c]));
      }));
      return Promise.all(hits.map(async function (h, i) {
        var r = chunks[i][h.doc % m.chunk];
        var rec = {
          doc: h.doc, url: r[0], title: r[1], authors: r[2], day: r[3],
          topics: r[4].map(function (t) { return m.topics[t] || [String(t), String(t), 0]; }),
          excerpt: r[5],
          lang: r[7] || '',
        };
        if (r[8] === true) rec.withdrawn = true;
        if (matched) rec.excerpt = await snippet(m, h, r[5], r[6], matched);
        return rec;
      }));
    }

    // wordsIn returns the query words (bits) of matched that s holds.
    function wordsIn(m, s, matched) {
      var w = 0;
      m.folder.tokens(s, true).forEach(function (t) { w |= matched.get(t) || 0; });
      return w;
    }

    // snippet resolves to what a result shows of its abstract: its
    // excerpt, unless that lacks a query word the abstract holds; then, of
    // the snippets that start at a sentence of the abstract's text (file
    // hash, "" for none), after "…", and hold more query words than the
    // excerpt, the one that holds the most, and of those the one whose
    // first sentence holds the most, the first of equals. The Go
    // Index.snippet.
    async function snippet(m, h, excerpt, hash, matched) {
      var have = wordsIn(m, excerpt, matched);
      if (!(h.words & ~have) || !hash || !m.textChunk) return excerpt;
      var texts = await load(filePath('text/', Math.floor(h.doc / m.textChunk), hash));
      var text = texts[h.doc % m.textChunk] || '';
      var best = excerpt, most = ones(have), first = -1; // first: -1 while best is the excerpt
      var starts = m.folder.sentenceStarts(text);
      starts.forEach(function (start, k) {
        var s = cut(text.slice(start), m.excerpt);
        var n = ones(wordsIn(m, s, matched));
        if (n < most || (n === most && first < 0)) return;
        var f = ones(wordsIn(m, text.slice(start, k + 1 < starts.length ? starts[k + 1] : text.length), matched));
        if (n > most || f > first) {
          best = '…' + s;
          most = n;
          first = f;
        }
      });
      return best;
    }

    return { meta: meta, search: search, records: records, loaded: function () { return Array.from(cache.keys()); } };
  }

  var api = { createIndex: createIndex, makeFolder: makeFolder, parseQuery: parseQuery, PAGE: PAGE };
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
    return;
  }
  if (typeof document === 'undefined') return;

  var script = document.currentScript;

  // The page's words: the theme's messages in the page's language, from
  // <script type="application/json" id="search-messages"> (the template
  // function jsMessages writes it), else these English ones. Each message
  // maps CLDR plural categories to a text whose {Name}s msg() fills in.
  var WORDS = {
    searchMore: { other: 'More results' },
    searchPrompt: { one: 'Type to search {Count}\u00a0paper.', other: 'Type to search {Count}\u00a0papers.' },
    searchNone: { other: 'No results {Query}. Try fewer or shorter words.' },
    searchNoneFiltered: { other: 'No results {Query}. Try fewer or shorter words, or clear the filters.' },
    searchNoneFiltersOnly: { other: 'No results {Query}. Widen or clear the filters.' },
    searchCorrected: { other: 'Showing results for “{Text}”.' },
    searchIgnored: { one: 'The link’s filter {Filters} cannot be used here and is ignored.', other: 'The link’s filters {Filters} cannot be used here and are ignored.' },
    searchFound: { one: '{Count}\u00a0result {Query}.', other: '{Count}\u00a0results {Query}.' },
    searchFor: { other: 'for “{Text}”' },
    searchIn: { other: 'in {Topic}' },
    searchFrom: { other: 'from {Date}' },
    searchTo: { other: 'to {Date}' },
    searchMoreAuthors: { other: ', +{Count}\u00a0more' },
    searchFailed: { other: 'Search is unavailable right now: the index could not be loaded.' },
    searchMoreFailed: { other: 'More results are unavailable right now: the index could not be loaded.' },
    listComma: { other: ', ' },
    authorsLabel: { other: 'Authors: ' },
    withdrawnLabel: { other: 'Withdrawn' },
  };
  var lang = document.documentElement.lang || 'en';
  var plurals;
  try {
    plurals = new Intl.PluralRules(lang);
  } catch (e) {
    plurals = new Intl.PluralRules('en');
  }

  // Numbers and days are written in the digits of the site's numbers,
  // <html data-digits> ("arabext" for ۰–۹), else 0–9, as the pages write
  // them, whatever the browser's default for the language; and days in
  // the Gregorian calendar the pages use (fa would be Solar Hijri).
  var digits = document.documentElement.getAttribute('data-digits') || 'latn';
  var numberFormat;
  try {
    numberFormat = new Intl.NumberFormat(lang, { numberingSystem: digits });
  } catch (e) {
    numberFormat = new Intl.NumberFormat('en');
  }

  // showDay writes a YYYY-MM-DD day as the page's language does ("Jun 3,
  // 2024", "3 juin 2024"), or as it is where Intl cannot.
  var dayFormat = null;
  try {
    dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC', calendar: 'gregory', numberingSystem: digits });
  } catch (e) { /* an unknown language: ISO days */ }
  function showDay(iso) {
    if (!dayFormat || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
    return dayFormat.format(new Date(iso + 'T00:00:00Z'));
  }

  function loadWords() {
    var el = document.getElementById('search-messages');
    if (!el) return;
    try {
      var own = JSON.parse(el.textContent);
      Object.keys(own).forEach(function (id) { WORDS[id] = own[id]; });
    } catch (e) {
      console.warn('search.js: #search-messages is not JSON; using English words:', e);
    }
  }

  // msg returns message id with vars filled in; vars.Count, a number,
  // picks the plural form and is written in the page's language.
  function msg(id, vars) {
    var forms = WORDS[id] || { other: id };
    var n = vars && vars.Count;
    var s = (typeof n === 'number' && forms[plurals.select(n)]) || forms.other;
    return s.replace(/\{(\w+)\}/g, function (all, name) {
      if (!vars || !(name in vars)) return all;
      var v = vars[name];
      return typeof v === 'number' ? numberFormat.format(v) : String(v);
    });
  }

  // start finds the markup described at the top of this file and attaches
  // search to it; when some is missing, it says what in a console warning
  // for each thing and leaves the page alone.
  function start() {
    loadWords();
    var scriptIndex = script && script.dataset.index;
    var form = document.querySelector('form[role="search"][data-index]') ||
      (scriptIndex ? document.querySelector('form[role="search"]') : null);
    var list = document.getElementById('search-results');
    var input = form && (document.getElementById('search-q') || form.elements.namedItem('q'));
    var base = form && (form.dataset.index || scriptIndex);
    var missing = [];
    if (!form) {
      missing.push(document.querySelector('form[data-index]')
        ? 'the form with data-index has no role="search"; add it: <form role="search" data-index="…">'
        : 'no <form role="search" data-index="…"> on this page; data-index is the URL of the search index folder, e.g. data-index="/repo/search/"');
    } else if (!base) {
      missing.push('the search form\'s data-index is empty; make it the URL of the search index folder, e.g. data-index="/repo/search/"');
    }
    if (form && !input) {
      missing.push('no search box: give the form an <input name="q"> (or put one with id="search-q" on the page)');
    }
    if (!list) missing.push('no element with id="search-results" for the results, e.g. <ol id="search-results"></ol>');
    if (missing.length) {
      missing.forEach(function (m) { console.warn('search.js: search is off: ' + m); });
      return;
    }
    attach(form, input, list, base);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  function attach(form, input, list, base) {
    var pageTitle = document.title;
    var el = form.elements;
    var topic = el.namedItem('topic');
    var from = el.namedItem('from');
    var to = el.namedItem('to');
    var status = document.getElementById('search-status');
    var baseURL = new URL(base, document.baseURI);
    var rootURL = new URL(form.dataset.root || (script && script.dataset.root) || '../', baseURL);
    var index = newIndex(false);
    var seq = 0, timer = 0, shown = [], hits = [], terms = [], matched = new Map(), folder = null;
    // prefix: the query's last word is searched as the start of longer
    // ones, as while it is typed; a submitted query's is taken as typed
    // (see run). linked: the URL's parameters while the form shows the
    // search of a link or of Back, whose filters the page may be unable
    // to apply (a renamed topic, a mistyped date).
    var prefix = false, linked = null;

    var more = document.createElement('button');
    more.type = 'button';
    more.id = 'search-more';
    more.className = 'search-more';
    more.textContent = msg('searchMore');
    more.hidden = true;
    list.after(more);

    function newIndex(reload) {
      var first = reload;
      return createIndex(function (path) {
        var opts = first && path === 'meta.json' ? { cache: 'reload' } : {};
        return fetch(new URL(path, baseURL), opts).then(function (r) {
          if (!r.ok) throw new Error(r.status + ' ' + r.url);
          return r.json();
        });
      });
    }

    // reloadForNewer mends a search.js older than the index it reads: a
    // deploy that changed the index format meets the script the browser
    // cached before it (GitHub Pages lets browsers keep files for 10
    // minutes). It fetches the script again past the cache and reloads the
    // page, once per format in a tab, so a script still old after that
    // fails as before rather than reloading for ever. It reports whether
    // it reloads.
    function reloadForNewer(version) {
      var key = 'paperboy-search-format-' + version;
      try {
        if (!script || !script.src || sessionStorage.getItem(key)) return false;
        sessionStorage.setItem(key, '1');
      } catch (err) {
        return false; // no storage to remember the reload in
      }
      var again = function () { location.reload(); };
      fetch(script.src, { cache: 'reload' }).then(again, again);
      return true;
    }

    // say puts text in the status line, a live region. While the reader
    // types (typing), it waits until the typing settles, so a screen reader
    // announces the results of the query, not of each prefix of it.
    // Each note ({ className, text }: "Showing results for …") goes on a
    // line of its own before the text, in the same live region, so it is
    // announced with it.
    var sayTimer, typing = false;
    function say(text, notes) {
      clearTimeout(sayTimer);
      if (!status) {
        if (typing) sayTimer = setTimeout(settled, SETTLE_MS);
        return;
      }
      var put = function () {
        var lines = [];
        (notes || []).forEach(function (n) {
          if (!n.text) return;
          var line = document.createElement('span');
          line.className = n.className;
          line.textContent = n.text;
          lines.push(line, document.createTextNode(' '));
        });
        status.replaceChildren.apply(status, lines.concat(document.createTextNode(text)));
      };
      if (typing) sayTimer = setTimeout(function () { put(); settled(); }, SETTLE_MS);
      else put();
    }

    // day is a date field's value once its year is whole: typed digit by
    // digit, the year is 0002, 0020, 0202 first, which no search is for.
    function day(d) {
      return d && /^[1-9]\d{3}/.test(d.value) ? d.value : '';
    }

    function state() {
      return {
        text: input.value,
        topic: topic ? topic.value : '',
        from: day(from),
        to: day(to),
      };
    }

    // readURL sets the form, and prefix, from the URL. With keep, a field
    // the URL has no value for keeps what the reader typed or chose before
    // the script came (a slow network), which is searched as typed, and it
    // returns whether one did.
    function readURL(keep) {
      var p = new URLSearchParams(location.search), kept = false;
      [[input, 'q'], [topic, 'topic'], [from, 'from'], [to, 'to']].forEach(function (f) {
        if (!f[0]) return;
        var v = p.get(f[1]) || '';
        if (keep && !v && f[0].value) kept = true;
        else f[0].value = v;
      });
      prefix = kept || p.get('prefix') === '1';
      linked = p;
      return kept;
    }

    // params are the URL's parameters for form state s: q, topic, from and
    // to, and prefix=1 while the query's last word is searched as the
    // start of longer ones, so that the URL, shared or reloaded, shows
    // the results the reader saw ("reason" typed finds "reasoning"; the
    // submitted ?q=reason, only "reason").
    function params(s) {
      var p = new URLSearchParams();
      if (s.text) p.set('q', s.text);
      if (s.topic) p.set('topic', s.topic);
      if (s.from) p.set('from', s.from);
      if (s.to) p.set('to', s.to);
      if (prefix && /\S/.test(s.text)) p.set('prefix', '1');
      return p;
    }

    // sameSearch: URL parameters a and b search the same words with the
    // same filters, in either mode.
    function sameSearch(a, b) {
      return (a.get('q') || '').trim() === (b.get('q') || '').trim() &&
        ['topic', 'from', 'to'].every(function (n) { return (a.get(n) || '') === (b.get(n) || ''); });
    }

    // writeURL puts the form's search in the URL, as a draft while the
    // reader types or changes a filter, else as submitted. Each search is
    // a step in the history, which Back returns to: a new one is pushed,
    // except over the page's empty search, a draft not yet settled (the
    // same typing going on), or the same search (Enter on what was
    // typed), which it replaces; a step the same search replaces stays
    // one. With replace, it always replaces.
    function writeURL(draft, replace) {
      var p = params(state()), qs = p.toString();
      var url = location.pathname + (qs ? '?' + qs : '') + location.hash;
      var was = history.state || {};
      var cur = new URLSearchParams(location.search);
      var empty = !['q', 'topic', 'from', 'to'].some(function (n) { return cur.get(n); });
      var step = !was.draft && !empty && sameSearch(cur, p);
      var st = { draft: draft && !step };
      if (url === location.pathname + location.search + location.hash && !was.draft === !st.draft) return;
      if (replace || empty || was.draft || step) history.replaceState(st, '', url);
      else history.pushState(st, '', url);
    }

    // settled makes the draft in the URL a step of the history once its
    // results are announced: the reader has seen them, and Back returns
    // to them from the next search.
    function settled() {
      if (history.state && history.state.draft) history.replaceState({ draft: false }, '', location.href);
    }

    function setup(m) {
      folder = m.folder;
      if (topic && !Array.from(topic.options).some(function (o) { return o.value; })) {
        var want = topic.value || new URLSearchParams(location.search).get('topic') || '';
        m.topics.forEach(function (t) {
          var o = document.createElement('option');
          o.value = t[0];
          o.textContent = t[1] + ' (' + t[2] + ')';
          topic.appendChild(o);
        });
        topic.value = want;
      }
      [from, to].forEach(function (d) {
        if (!d) return;
        if (m.from && !d.min) d.min = m.from;
        if (m.to && !d.max) d.max = m.to;
      });
    }

    function describe(s) {
      var parts = [];
      // A query of more words than are searched names those searched.
      var text = s.text.trim();
      if (terms.cut) text = terms.map(function (t) { return t.tok; }).join(' ') + ' …';
      if (text) parts.push(msg('searchFor', { Text: text }));
      if (s.topic && topic && topic.selectedIndex >= 0) {
        parts.push(msg('searchIn', { Topic: topic.options[topic.selectedIndex].text.replace(/ \(\d+\)$/, '') }));
      }
      if (s.from) parts.push(msg('searchFrom', { Date: showDay(s.from) }));
      if (s.to) parts.push(msg('searchTo', { Date: showDay(s.to) }));
      return parts.join(' ');
    }

    // run searches for the form's state. complete: the query was submitted
    // (Enter, a link to ?q=), so its last word is taken as typed, not as the
    // start of longer ones ("Christopher Re" is Ré, not every re… word),
    // unless that finds nothing ("atten" then finds attention, not the
    // "attend" one typing mistake away).
    async function run(retried, complete) {
      var my = ++seq;
      var s;
      try {
        var m = await index.meta();
        if (!folder) setup(m);
        if (my !== seq) return;
        // Read after setup, which fills a topic list that came empty (and
        // so could not hold the URL's topic) from meta.json.
        s = state();
        // The tab and a screen reader's window title name the search, as
        // a results page's title does ("attention · Search · Site").
        document.title = s.text.trim() ? s.text.trim() + ' · ' + pageTitle : pageTitle;
        var notes = [{ className: 'search-ignored', text: ignoredNote(s) }];
        if (!s.text.trim() && !s.topic && !s.from && !s.to) {
          hits = [];
          shown = [];
          list.replaceChildren();
          more.hidden = true;
          say(msg('searchPrompt', { Count: m.docs }), notes);
          return;
        }
        list.setAttribute('aria-busy', 'true');
        var r = complete ? await index.search(Object.assign({}, s, { text: s.text + ' ', typos: false })) : null;
        if (!r || !r.hits.length) r = await index.search(s);
        var recs = await index.records(r.hits.slice(0, PAGE), r.matched);
        if (my !== seq) return;
        hits = r.hits;
        matched = r.matched;
        terms = r.terms;
        shown = [];
        list.replaceChildren();
        show(recs);
        var n = hits.length;
        // "clear the filters" only when some are set, and "fewer words"
        // only when some were typed.
        var filtered = s.topic || s.from || s.to;
        var none = !filtered ? 'searchNone' : /\S/.test(s.text) ? 'searchNoneFiltered' : 'searchNoneFiltersOnly';
        // Results found by correcting a typo say so, naming the query as
        // corrected, so a reader who meant the word typed knows.
        notes.push({ className: 'search-corrected', text: n && r.fixes.size ? msg('searchCorrected', { Text: corrected(s.text, r.fixes) }) : '' });
        say(n === 0 ? msg(none, { Query: describe(s) }) : msg('searchFound', { Count: n, Query: describe(s) }), notes);
      } catch (e) {
        if (my !== seq) return;
        if (!retried) { // a deploy may have replaced the files: reload meta.json once
          index = newIndex(true);
          folder = null;
          return run(true, complete);
        }
        if (e && e.indexFormat > FORMAT && reloadForNewer(e.indexFormat)) return;
        console.error('search.js:', e);
        say(msg('searchFailed'));
      } finally {
        if (my === seq) list.removeAttribute('aria-busy');
      }
    }

    // ignoredNote says which filters of the link (or of Back) the form
    // could not take, so a reader of a shared link whose topic was renamed,
    // or whose date is mistyped, knows the results are not filtered by
    // them; it is empty when the form took them all.
    function ignoredNote(s) {
      if (!linked) return '';
      var ignored = ['topic', 'from', 'to'].filter(function (n) {
        return linked.get(n) && linked.get(n) !== s[n];
      }).map(function (n) {
        return '\u2068' + n + '=' + linked.get(n) + '\u2069'; // isolated: an rtl sentence keeps it whole
      });
      return ignored.length ? msg('searchIgnored', { Count: ignored.length, Filters: ignored.join(msg('listComma')) }) : '';
    }

    function show(recs) {
      recs.forEach(function (r) {
        shown.push(r);
        list.appendChild(item(r));
      });
      more.hidden = shown.length >= hits.length;
    }

    async function showMore() {
      var my = seq, start = shown.length, recs;
      try {
        recs = await index.records(hits.slice(start, start + PAGE), matched);
      } catch (e) {
        console.error('search.js:', e);
        say(msg('searchMoreFailed'));
        return;
      }
      if (my !== seq) return;
      show(recs);
      var links = list.querySelectorAll('a.search-result-link');
      if (links[start]) links[start].focus();
    }

    // corrected returns the query text with each word that was searched
    // as a typo's correction written as the correction, the rest as typed.
    function corrected(text, fixes) {
      return text.trim().replace(new RegExp(WORD_RE.source, 'gu'), function (word) {
        var t = folder.tokens(word);
        return t.length === 1 && fixes.has(t[0]) ? fixes.get(t[0]) : word;
      });
    }

    // matchesWord: a word of a result is one the query matched (itself,
    // a completion, a plural, a typo's correction).
    function matchesWord(word) {
      return folder.tokens(word, true).some(function (t) { return matched.has(t); });
    }

    // highlight appends text to parent, each word matching the query in a <mark>.
    // A run of CJK characters, which a query matches by its characters
    // and their pairs, has those marked, not the whole run.
    function highlight(parent, text) {
      var at = 0, m;
      var re = new RegExp(WORD_RE.source, 'gu');
      function mark(from, to) {
        if (from > at) parent.appendChild(document.createTextNode(text.slice(at, from)));
        var el = document.createElement('mark');
        el.textContent = text.slice(from, to);
        parent.appendChild(el);
        at = to;
      }
      while ((m = re.exec(text)) !== null) {
        if (!CJK_RE.test(m[0])) {
          if (matchesWord(m[0])) mark(m.index, m.index + m[0].length);
          continue;
        }
        markCJK(m[0], m.index, mark);
      }
      if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
    }

    // markCJK calls mark(from, to) for each part of word, at offset in
    // its text, that the query matched: a run of other letters whole, as
    // a word; of the CJK characters, each the query matched alone or in a
    // pair with a neighbour, neighbours marked together.
    function markCJK(word, offset, mark) {
      var parts = []; // {text, at, cjk}
      var pos = offset;
      Array.from(word).forEach(function (c) {
        var cjk = CJK_RE.test(c);
        var last = parts[parts.length - 1];
        if (last && !cjk && !last.cjk) last.text += c;
        else parts.push({ text: c, at: pos, cjk: cjk });
        pos += c.length;
      });
      var hit = parts.map(function (p, i) {
        if (!p.cjk) return matchesWord(p.text);
        var prev = parts[i - 1], next = parts[i + 1];
        return matchesWord(p.text) || (prev && prev.cjk && matchesWord(prev.text + p.text)) || (next && next.cjk && matchesWord(p.text + next.text)) || false;
      });
      for (var i = 0; i < parts.length; i++) {
        if (!hit[i]) continue;
        var j = i;
        while (j + 1 < parts.length && hit[j + 1] && parts[j + 1].cjk && parts[i].cjk) j++;
        mark(parts[i].at, parts[j].at + parts[j].text.length);
        i = j;
      }
    }

    function href(url) {
      if (/^[a-z][a-z0-9+.-]*:|^\//i.test(url)) return url;
      return new URL(url, rootURL).href;
    }

    function item(r) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var h = document.createElement('h2');
      h.className = 'search-result-title';
      var a = document.createElement('a');
      a.className = 'search-result-link';
      a.href = href(r.url);
      // A title in another language than the page's keeps its own direction.
      if (r.lang) { a.lang = r.lang; a.dir = 'auto'; }
      highlight(a, r.title);
      h.appendChild(a);
      // A withdrawn paper says so after its title, in words, as its card does.
      if (r.withdrawn) {
        var w = document.createElement('strong');
        w.className = 'withdrawn-label';
        w.textContent = msg('withdrawnLabel');
        h.appendChild(document.createTextNode(' '));
        h.appendChild(w);
      }
      li.appendChild(h);

      var meta = document.createElement('p');
      meta.className = 'search-result-meta';
      if (r.authors.length) {
        var au = document.createElement('span');
        au.className = 'search-result-authors';
        // Said before the names, as a card's byline says it: the result's
        // authors, day and topics are apart only to the eye.
        var label = document.createElement('span');
        label.className = 'visually-hidden';
        label.textContent = msg('authorsLabel');
        au.appendChild(label);
        var names = r.authors.length > 8 ? r.authors.slice(0, 7) : r.authors;
        names.forEach(function (name, i) {
          if (i) au.appendChild(document.createTextNode(msg('listComma')));
          // Each name isolated, so right-to-left names keep their order.
          var bdi = document.createElement('bdi');
          highlight(bdi, name);
          au.appendChild(bdi);
        });
        if (names.length < r.authors.length) au.appendChild(document.createTextNode(msg('searchMoreAuthors', { Count: r.authors.length - names.length })));
        meta.appendChild(au);
      }
      if (r.day) {
        var t = document.createElement('time');
        t.className = 'search-result-day';
        t.dateTime = r.day;
        t.textContent = showDay(r.day);
        meta.appendChild(t);
      }
      if (r.topics.length) {
        var tp = document.createElement('span');
        tp.className = 'search-result-topics';
        tp.textContent = r.topics.map(function (x) { return x[1]; }).join(msg('listComma'));
        meta.appendChild(tp);
      }
      li.appendChild(meta);

      if (r.excerpt) {
        var p = document.createElement('p');
        p.className = 'search-result-snippet';
        if (r.lang) { p.lang = r.lang; p.dir = 'auto'; }
        highlight(p, r.excerpt);
        li.appendChild(p);
      }
      return li;
    }

    function links() {
      return Array.from(list.querySelectorAll('a.search-result-link'));
    }

    // typed searches once typing pauses, and has the status line wait
    // until it settles.
    function typed() {
      clearTimeout(timer);
      typing = true;
      linked = null;
      // What the status line said (Type to search…, the last results) is
      // stale once the reader types: cleared at once, which is not announced.
      clearTimeout(sayTimer);
      if (status) status.textContent = '';
      timer = setTimeout(function () {
        writeURL(true);
        run(false, !prefix);
      }, DEBOUNCE_MS);
    }
    // leaveBox closes a touch screen's on-screen keyboard once a search
    // is submitted (its Search key, or the button, which there leaves the
    // focus in the box): up, it covers the results, below the filters on
    // a phone. The focus goes to the status line, scrolled into view,
    // which says what was found and is where a screen reader reads on to
    // the results; without one, it leaves the box. With a mouse the focus
    // stays in the box, to type on or go down to the results (ArrowDown).
    function leaveBox() {
      if (!window.matchMedia || !window.matchMedia('(pointer: coarse)').matches) return;
      if (!status) {
        input.blur();
        return;
      }
      status.tabIndex = -1;
      status.focus();
    }
    // A word being typed is searched as the start of longer ones; a
    // filter changed keeps the query's mode.
    input.addEventListener('input', function () {
      prefix = true;
      typed();
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var ls = links();
        if (ls.length) {
          e.preventDefault();
          ls[0].focus();
        }
      }
    });
    list.addEventListener('keydown', function (e) {
      var ls = links(), i = ls.indexOf(document.activeElement);
      if (i < 0) return;
      var next = null;
      if (e.key === 'ArrowDown') next = ls[Math.min(i + 1, ls.length - 1)];
      else if (e.key === 'ArrowUp') next = i === 0 ? input : ls[i - 1];
      else if (e.key === 'Home') next = ls[0];
      else if (e.key === 'End') next = ls[ls.length - 1];
      else if (e.key === 'Escape') next = input;
      if (next) {
        e.preventDefault();
        next.focus();
      }
    });
    // A filter changed settles as typing does (a date is typed digit by
    // digit, a topic chosen by arrow keys one by one); a date whose year
    // is not yet whole searches nothing.
    [topic, from, to].forEach(function (c) {
      if (c) c.addEventListener('change', function () { if (c.type !== 'date' || !c.value || day(c)) typed(); });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      clearTimeout(sayTimer);
      typing = false;
      prefix = false;
      linked = null;
      writeURL(false);
      run(false, true);
      leaveBox();
    });
    more.addEventListener('click', showMore);
    window.addEventListener('popstate', function () {
      clearTimeout(timer);
      clearTimeout(sayTimer);
      typing = false;
      readURL(false);
      run(false, !prefix);
    });

    // What was typed before the script came is searched as it is typed.
    var kept = readURL(true);
    if (kept) writeURL(true, true);
    run(false, !prefix);
  }
})();
