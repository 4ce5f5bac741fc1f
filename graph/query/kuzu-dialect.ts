// Kuzu speaks a Cypher dialect; users write Neo4j's. This maps the few
// functions that differ so the same query works on both engines, and keeps
// Neo4j's column name for an unaliased call (`type(r)` stays `type(r)`).
import { tokenize, type Token } from './tokens';

const renamed: Record<string, string> = { type: 'label' };
const clauseEnd = new Set(['order', 'skip', 'limit', 'union', 'where', 'with', 'return']);

const significant = (t: Token) => t.kind !== 'space' && t.kind !== 'comment';

export function toKuzuDialect(query: string): string {
  const tokens = tokenize(query);
  const sig = tokens.map((t, i) => ({ t, i })).filter(({ t }) => significant(t));
  let out = '';
  let copied = 0;
  for (let k = 0; k < sig.length; k++) {
    const { t } = sig[k]!;
    const target = t.kind === 'word' ? renamed[t.text.toLowerCase()] : undefined;
    const prev = sig[k - 1]?.t;
    if (!target || sig[k + 1]?.t.text !== '(' || prev?.text === '.' || prev?.text === ':') continue;
    // Find the matching ")" of this call.
    let depth = 0;
    let close = k + 1;
    for (; close < sig.length; close++) {
      if (sig[close]!.t.text === '(') depth++;
      if (sig[close]!.t.text === ')' && --depth === 0) break;
    }
    if (close >= sig.length) continue;
    const closeTok = sig[close]!.t;
    const original = query.slice(t.offset, closeTok.offset + 1);
    const next = sig[close + 1]?.t;
    const returnItem =
      (prev?.text === ',' || /^(return|distinct)$/i.test(prev?.text ?? '')) &&
      (!next || next.text === ',' || next.text === ';' || clauseEnd.has(next.text.toLowerCase()));
    out += query.slice(copied, t.offset) + target;
    copied = t.offset + t.text.length;
    if (returnItem && !/`/.test(original)) {
      out += query.slice(copied, closeTok.offset + 1) + ` AS \`${original}\``;
      copied = closeTok.offset + 1;
    }
  }
  return out + query.slice(copied);
}
