// harness.js runs search.js under node for node_test.go:
//   node harness.js SEARCH_JS INDEX_DIR CASES_JSON
// CASES_JSON is {"tokens": [text…], "fold": [text…], "sentences": [text…], "phrases": [[phrase, text]…],
// "queries": [{text, topic, from, to}…]}.
// It prints {"tokens": [[token…]…], "index": [[every index-form token…]…], "parsed": [[[tok, prefix]…]…], "folded": [text…],
// "starts": [[the text from each sentence start…]…], "phrases": [[[phrase token…], whether text holds it]…],
// "queries": [{"hits": [[doc, score]…], "loaded": [path…], "first": [records of the first page],
// "fixes": {word: correction…}}…]}.
'use strict';
const fs = require('fs');
const path = require('path');
const [searchJS, dir, casesFile] = process.argv.slice(2);
const S = require(path.resolve(searchJS));
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
const read = (p) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(dir, p), 'utf8')));

(async () => {
  const out = { tokens: [], index: [], parsed: [], queries: [] };
  const meta = await S.createIndex(read).meta();
  out.folded = (cases.fold || []).map((t) => meta.folder.fold(t));
  out.starts = (cases.sentences || []).map((t) => meta.folder.sentenceStarts(t).map((s) => t.slice(s)));
  out.phrases = (cases.phrases || []).map(([p, t]) => {
    const toks = meta.folder.phraseTokens(p);
    return [toks, meta.folder.holdsPhrase(t, toks)];
  });
  for (const t of cases.tokens) {
    out.tokens.push(meta.folder.tokens(t));
    out.index.push(meta.folder.tokens(t, true, true));
    out.parsed.push(S.parseQuery(meta.folder, t).map((q) => [q.tok, q.prefix]));
  }
  for (const q of cases.queries) {
    const ix = S.createIndex(read);
    const r = await ix.search(q);
    const loaded = ix.loaded();
    const first = await ix.records(r.hits.slice(0, S.PAGE), r.matched);
    out.queries.push({
      hits: r.hits.map((h) => [h.doc, h.score]),
      loaded,
      first: first.map((x) => [x.url, x.title, x.day, x.topics.map((t) => t[0]), x.excerpt, x.lang, !!x.withdrawn]),
      fixes: Object.fromEntries(r.fixes),
    });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
