// Search candidates on the embedded engine: an index of every node's
// searched names, held by the database (its own process, ladybug-process.mjs,
// when the server runs it; else the store's), as Neo4j holds its full-text
// index. LadybugDB's full-text extension is downloaded at run time, which an
// offline machine cannot do; a scan of the names in Cypher took 45 ms a query
// at 100k nodes and 60–230 ms with the typo pass (bench/views.ts). The same
// candidates as that scan gave: nodes whose English or Chinese name, id or
// abbreviation holds the normalised needle, exact matches first, then
// prefixes and whole words, by English name and id; then, while fewer than
// `hits`, nodes with a word whose beginning is one edit from the needle
// (graph/landscape/search.ts scores them). Plain JavaScript: the database's
// process runs without a TypeScript loader.

/** The separators search splits names at (graph/landscape/search.ts). */
const SEPARATORS = /[\s/()、，,.-]+/;

const byName = (a, b) => (a.name_en < b.name_en ? -1 : a.name_en > b.name_en ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether a's first `n` characters and b are at most one edit apart (n ≤ a.length), without allocating. */
function withinOneEdit(a, n, b) {
  const m = b.length;
  if (Math.abs(n - m) > 1) return false;
  let i = 0;
  while (i < n && i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n && i === m) return true;
  if (n === m) {
    for (let j = i + 1; j < n; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
    return true; // one substitution
  }
  // One insertion in the longer: the rest of it, past position i, is the rest of the shorter.
  const [long, ln, short, sn] = n > m ? [a, n, b, m] : [b, m, a, n];
  for (let j = i; j < sn; j++) if (long.charCodeAt(j + 1) !== short.charCodeAt(j)) return false;
  return ln === sn + 1;
}

/** A word's beginning one edit from the needle: its first L or L + 1 characters (graph/landscape/search.ts). */
const typoOf = (w, needle) => {
  const L = needle.length;
  return (w.length >= L + 1 && withinOneEdit(w, L + 1, needle)) || withinOneEdit(w, Math.min(L, w.length), needle);
};

export class NameIndex {
  /** @param {{ id: unknown, label: unknown, name_en: unknown, name_zh: unknown, abbr?: unknown }[]} rows */
  constructor(rows) {
    /** By English name, then id: the order candidates come in. */
    const sorted = rows
      .map((r) => ({
        candidate: { id: String(r.id), label: String(r.label), name_en: String(r.name_en), name_zh: String(r.name_zh), ...(typeof r.abbr === 'string' ? { abbr: r.abbr } : {}) },
        abbr: typeof r.abbr === 'string' ? r.abbr : '',
      }))
      .sort((a, b) => byName(a.candidate, b.candidate));
    this.nodes = sorted.map((n) => n.candidate);
    // All the fields in one string, each node's apart by a character no name holds, and where each node starts:
    // one indexOf over 6 MB finds every node holding the needle (a test of each node's fields took 25–30 ms).
    // A node's fields are read back from it when it matches, not kept apart (58 → 41 MB of heap at 100k).
    this.starts = new Int32Array(sorted.length + 1);
    /** Each word of the fields, with the nodes holding it in the nodes' order: the typo pass compares words, not nodes. */
    this.words = new Map();
    const texts = [];
    let at = 0;
    for (const [i, n] of sorted.entries()) {
      const c = n.candidate;
      const fields = [c.name_en.toLowerCase(), c.name_zh.toLowerCase(), c.id, n.abbr.toLowerCase()];
      const text = fields.join('\u0000') + '\u0001';
      this.starts[i] = at;
      texts.push(text);
      at += text.length;
      for (const w of new Set(fields.flatMap((f) => f.split(SEPARATORS)).filter(Boolean))) {
        const list = this.words.get(w);
        if (list) list.push(i);
        else this.words.set(w, [i]);
      }
    }
    this.starts[sorted.length] = at;
    this.text = texts.join('');
  }

  /** The lowercased fields of node `i`: English name, Chinese name, id, abbreviation. */
  fieldsOf(i) {
    return this.text.slice(this.starts[i], this.starts[i + 1] - 1).split('\u0000');
  }

  /** The index of the node whose text holds position `pos`. */
  nodeAt(pos) {
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** At most `limit` candidates for the normalised `needle`, for a search that keeps `hits`. */
  candidates(needle, limit, hits) {
    const exact = [];
    const start = [];
    const within = [];
    for (let pos = this.text.indexOf(needle); pos !== -1 && exact.length < limit; ) {
      const i = this.nodeAt(pos);
      const fields = this.fieldsOf(i);
      const c = this.nodes[i];
      if (fields.some((f) => f === needle)) exact.push(c);
      else if (fields.some((f) => f.startsWith(needle)) || fields[0].includes(` ${needle}`)) start.push(c);
      else within.push(c);
      pos = this.text.indexOf(needle, this.starts[i + 1]);
    }
    const out = [...exact, ...start, ...within].slice(0, limit);
    // One typo in a word's beginning, which scores below every substring: only when the substrings do not fill
    // the hits, in the nodes' order.
    if (out.length < hits && needle.length >= 4) {
      const seen = new Set(out.map((c) => c.id));
      const found = new Set();
      for (const [w, list] of this.words) {
        if (w.length >= needle.length - 1 && typoOf(w, needle)) for (const i of list) found.add(i);
      }
      for (const i of [...found].sort((a, b) => a - b)) {
        if (out.length >= limit) break;
        const c = this.nodes[i];
        if (!seen.has(c.id)) out.push(c);
      }
    }
    return out;
  }
}

/** The rows a NameIndex is built from, in the engine's dialect. */
export const NAME_INDEX_QUERY = 'MATCH (n) RETURN n.id AS id, label(n) AS label, n.name_en AS name_en, n.name_zh AS name_zh, n.abbr AS abbr';
