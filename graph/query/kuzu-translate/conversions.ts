// toString, toInteger, toFloat and toBoolean. Of a value whose type the text
// or the model tells, they are the engine's casts where those give Neo4j's
// answer; of a literal, Neo4j's answer itself, worked out here as Neo4j does
// (a float's text as Java prints it, a string's number as Neo4j parses it).
// The others (a computed float's text, a computed string's number) are refused.
import type { StorageType } from '../../model';
import type { Translation } from './translation';
import type { Tree } from './tree';

/** Characters Java's String.trim removes, which Neo4j's toBoolean ignores around the word. */
const JAVA_TRIM = String.raw`^[\\x{0}-\\x{20}]+|[\\x{0}-\\x{20}]+$`;

export const CONVERSIONS: Record<string, Partial<Record<StorageType, (x: string) => string>>> = {
  tostring: {
    INT64: (x) => `CAST(${x} AS STRING)`,
    STRING: (x) => `(${x})`,
    BOOLEAN: (x) => `CASE ${x} WHEN true THEN 'true' WHEN false THEN 'false' END`,
  },
  tointeger: {
    INT64: (x) => `(${x})`,
    DOUBLE: (x) => `CAST(CASE WHEN ${x} >= 0 THEN floor(${x}) ELSE ceil(${x}) END AS INT64)`,
  },
  tofloat: {
    INT64: (x) => `CAST(${x} AS DOUBLE)`,
    DOUBLE: (x) => `(${x})`,
  },
  toboolean: {
    BOOLEAN: (x) => `(${x})`,
    INT64: (x) => `((${x}) <> 0)`,
    STRING: (x) => `CASE lower(regexp_replace(${x}, '${JAVA_TRIM}', '', 'g')) WHEN 'true' THEN true WHEN 'false' THEN false ELSE CAST(NULL AS BOOLEAN) END`,
  },
};

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' };

/** The value of a Cypher string literal, or undefined where it is not one. */
function stringValue(text: string): string | undefined {
  const m = /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/s.exec(text.trim());
  if (!m) return undefined;
  let bad = false;
  const value = (m[1] ?? m[2]!).replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_, e: string) => {
    if (/^[uU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (ESCAPES[e] === undefined) bad = true;
    return ESCAPES[e] ?? e;
  });
  return bad ? undefined : value;
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A double as Java's Double.toString writes it (Neo4j's toString of a float), where the digits are certain. */
function javaDouble(x: number): string | undefined {
  if (!Number.isFinite(x)) return undefined;
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const digits = x.toExponential().replace(/^-/, '').replace(/e.*$/, '').replace('.', '');
  // Java 17 prints some doubles with more digits than the shortest; up to 15 digits both print the same.
  if (digits.length > 15) return undefined;
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa, exp] = x.toExponential().split('e') as [string, string];
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exp.replace('+', '')}`;
}

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Neo4j's answer for a conversion of a literal, as the engine's literal; undefined where it is not certain. */
function literal(name: string, text: string): string | undefined {
  const t = text.trim();
  if (/^null$/i.test(t)) return 'NULL';
  const s = stringValue(t);
  const number = /^-?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : undefined;
  const isFloatLiteral = number !== undefined && !/^-?\d+$/.test(t);
  if (name === 'tostring' && isFloatLiteral) {
    const j = javaDouble(number);
    return j === undefined ? undefined : quote(j);
  }
  if (s === undefined) return undefined;
  if (name === 'tointeger') {
    if (INTEGER.test(s)) return BigInt(s) <= 2n ** 63n - 1n && BigInt(s) >= -(2n ** 63n) ? String(BigInt(s)) : undefined;
    if (FLOAT.test(s) && Math.abs(Number(s)) < 2 ** 53) return String(Math.trunc(Number(s)) || 0);
    return undefined;
  }
  if (name === 'tofloat') {
    const trimmed = s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
    return FLOAT.test(trimmed) && Number.isFinite(Number(trimmed)) ? `CAST('${String(Number(trimmed))}' AS DOUBLE)` : undefined;
  }
  if (name === 'toboolean') {
    const w = s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').toLowerCase();
    return w === 'true' ? 'true' : w === 'false' ? 'false' : 'CAST(NULL AS BOOLEAN)';
  }
  return undefined;
}

export function conversion(tr: Translation, t: Tree, name: string, written: string, args: Tree[]) {
  const [arg] = args;
  if (!arg || args.length !== 1) return tr.refuse(t, `the function ${written}()`);
  const folded = literal(name, tr.text(arg));
  if (folded !== undefined) return tr.replace(t, folded);
  const type = tr.storageOf(arg);
  const cast = type ? CONVERSIONS[name]?.[type] : undefined;
  if (cast) return tr.rewrite(t, [arg], cast);
  tr.refuse(t, `the function ${written}()`, 'the embedded engine converts floats and strings differently; a literal, or a property of a known integer, float, string or boolean type, is translated');
}
