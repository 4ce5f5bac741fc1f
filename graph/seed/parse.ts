// Parses seed files into statements and, from each statement, the element it
// defines. The seed grammar is deliberately narrow (see cypher/README.md) so
// that every value can be checked against the model before a database is
// touched, and every error can point at a file and line.
export interface Location {
  file: string;
  line: number;
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SeedError';
  }
}

export interface Statement extends Location {
  text: string;
}

export type Literal = string | number | boolean;
export interface Assignment extends Location {
  key: string;
  value: Literal;
  /** For numbers: whether the literal was written with a decimal point. */
  decimal: boolean;
}

export interface SeedNode {
  kind: 'node';
  label: string;
  id: string;
  props: Assignment[];
  at: Statement;
}
export interface SeedEdge {
  kind: 'edge';
  type: string;
  from: { label: string; id: string };
  to: { label: string; id: string };
  props: Assignment[];
  at: Statement;
}
export type SeedElement = SeedNode | SeedEdge;

const at = (loc: Location, msg: string) => `${loc.file}:${loc.line}: ${msg}`;

/** Splits a file at top-level semicolons, skipping comments and quoted text. */
export function splitStatements(file: string, source: string): { statements: Statement[]; problems: string[] } {
  const statements: Statement[] = [];
  const problems: string[] = [];
  let buf = '';
  let startLine = 0;
  let line = 1;
  let quote: string | null = null;
  let quoteLine = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      buf += c;
      if (c === '\\') {
        buf += source[++i] ?? '';
      } else if (c === quote) {
        quote = null;
      }
      if (c === '\n') line++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      i--;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const body = source.slice(i, end < 0 ? source.length : end + 2);
      line += body.split('\n').length - 1;
      i += body.length - 1;
      continue;
    }
    if (c === ';') {
      if (buf.trim()) statements.push({ file, line: startLine, text: buf.trim() });
      buf = '';
      continue;
    }
    if (c === '\n') line++;
    if (!buf.trim() && !/\s/.test(c)) startLine = line;
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      quoteLine = line;
    }
    buf += c;
  }
  if (quote) problems.push(at({ file, line: quoteLine }, `unterminated ${quote} string`));
  else if (buf.trim()) problems.push(at({ file, line: startLine }, 'statement does not end with ";"'));
  return { statements, problems };
}

const ident = String.raw`([A-Za-z_][A-Za-z0-9_]*)`;
const idRef = String.raw`\(\s*${ident}\s*:\s*${ident}\s*\{\s*id\s*:\s*'((?:[^'\\]|\\.)*)'\s*\}\s*\)`;
const nodeRe = new RegExp(String.raw`^MERGE\s*${idRef}`, 'i');
const edgeRe = new RegExp(
  String.raw`^MATCH\s*${idRef}\s*MATCH\s*${idRef}\s*MERGE\s*\(\s*${ident}\s*\)\s*-\s*\[\s*${ident}\s*:\s*${ident}\s*\]\s*->\s*\(\s*${ident}\s*\)`,
  'i',
);
const literalRe = /^(?:'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(true|false))/i;

function unescape(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}

function lineAt(st: Statement, offset: number): number {
  return st.line + (st.text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** Parses `SET v.k = literal, v.k = literal` (possibly empty) after the head of a statement. */
function parseSet(st: Statement, from: number, variable: string, problems: string[]): Assignment[] {
  const out: Assignment[] = [];
  let rest = st.text.slice(from);
  let offset = from;
  const skip = (re: RegExp) => {
    const m = rest.match(re);
    if (m) {
      rest = rest.slice(m[0].length);
      offset += m[0].length;
    }
    return m;
  };
  skip(/^\s*/);
  if (!rest) return out;
  if (!skip(/^SET\s+/i)) {
    problems.push(at({ file: st.file, line: lineAt(st, offset) }, `expected SET or ";", found "${rest.slice(0, 20)}"`));
    return out;
  }
  for (;;) {
    const lhs = skip(new RegExp(String.raw`^${ident}\s*\.\s*${ident}\s*=\s*`));
    const loc = { file: st.file, line: lineAt(st, offset) };
    if (!lhs) {
      problems.push(at(loc, `expected "${variable}.property = value", found "${rest.slice(0, 30)}"`));
      return out;
    }
    if (lhs[1] !== variable) problems.push(at(loc, `SET refers to "${lhs[1]}", expected "${variable}"`));
    const lit = skip(literalRe);
    if (!lit) {
      problems.push(at(loc, `value of ${lhs[2]} must be a string, number or boolean literal, found "${rest.slice(0, 30)}"`));
      return out;
    }
    const value: Literal =
      lit[1] !== undefined ? unescape(lit[1]) : lit[2] !== undefined ? Number(lit[2]) : lit[3]!.toLowerCase() === 'true';
    out.push({ ...loc, key: lhs[2]!, value, decimal: lit[2] !== undefined && /[.eE]/.test(lit[2]) });
    skip(/^\s*/);
    if (!rest) return out;
    if (!skip(/^,\s*/)) {
      problems.push(at({ file: st.file, line: lineAt(st, offset) }, `expected "," or ";", found "${rest.slice(0, 20)}"`));
      return out;
    }
  }
}

export function parseStatement(st: Statement, problems: string[]): SeedElement | null {
  const before = problems.length;
  const node = st.text.match(nodeRe);
  if (node) {
    const props = parseSet(st, node[0].length, node[1]!, problems);
    // A statement that did not parse is not checked further: one problem, one message.
    if (problems.length > before) return null;
    return { kind: 'node', label: node[2]!, id: unescape(node[3]!), props, at: st };
  }
  const edge = st.text.match(edgeRe);
  if (edge) {
    const [, a, la, ida, b, lb, idb, src, relVar, type, dst] = edge;
    if (src !== a || dst !== b) {
      problems.push(at(st, `relationship must go from (${a}) to (${b}) as matched`));
      return null;
    }
    const props = parseSet(st, edge[0].length, relVar!, problems);
    if (problems.length > before) return null;
    return {
      kind: 'edge',
      type: type!,
      from: { label: la!, id: unescape(ida!) },
      to: { label: lb!, id: unescape(idb!) },
      props,
      at: st,
    };
  }
  problems.push(
    at(st, `unsupported statement "${st.text.slice(0, 40)}…": seeds are a node MERGE or a MATCH-MATCH-MERGE relationship (see cypher/README.md)`),
  );
  return null;
}
