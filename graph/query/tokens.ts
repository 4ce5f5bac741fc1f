// A small Cypher tokenizer: enough to rewrite function names outside strings,
// comments and quoted identifiers without touching anything else.
export interface Token {
  kind: 'word' | 'string' | 'quoted' | 'comment' | 'space' | 'punct' | 'number' | 'param';
  text: string;
  offset: number;
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const push = (kind: Token['kind'], end: number) => {
    out.push({ kind, text: src.slice(i, end), offset: i });
    i = end;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' && c !== '`' ? 2 : 1;
      push(c === '`' ? 'quoted' : 'string', Math.min(j + 1, src.length));
    } else if (c === '/' && src[i + 1] === '/') {
      const j = src.indexOf('\n', i);
      push('comment', j < 0 ? src.length : j);
    } else if (c === '/' && src[i + 1] === '*') {
      const j = src.indexOf('*/', i + 2);
      push('comment', j < 0 ? src.length : j + 2);
    } else if (/\s/.test(c)) {
      let j = i;
      while (j < src.length && /\s/.test(src[j]!)) j++;
      push('space', j);
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_\u0080-\uffff]/.test(src[j]!)) j++;
      push('word', j);
    } else if (/[0-9]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9.eE_xXa-fA-F]/.test(src[j]!)) j++;
      push('number', j);
    } else if (c === '$') {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      push('param', j);
    } else {
      push('punct', i + 1);
    }
  }
  return out;
}
