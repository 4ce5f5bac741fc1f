// Function calls: those the engine answers as Neo4j does, written in the
// engine's terms; the others refused.
import type { StorageType } from '../../model';
import { INT, type Translation } from './translation';
import { child, type Tree } from './tree';

/** Functions the embedded engine answers as Neo4j does (lower case), each checked by the differential corpus. */
const FUNCTIONS = new Set([
  'count', 'sum', 'avg', 'min', 'max', 'collect', 'percentiledisc',
  'size', 'length', 'nodes', 'relationships', 'labels', 'type', 'coalesce', 'range',
  'toupper', 'tolower', 'trim', 'ltrim', 'rtrim', 'substring', 'left', 'right', 'replace', 'reverse',
  'abs', 'sign', 'floor', 'ceil', 'sqrt', 'round', 'split', 'tail', 'head', 'last',
  'pi', 'log', 'log10', 'isempty',
]);


/** Functions (lower case) the embedded engine answers as Neo4j does, for some or all arguments. */
export const answeredFunctions = (): Set<string> => new Set([...FUNCTIONS, ...Object.keys(CONVERSIONS)]);

/**
 * toString / toInteger / toFloat of a value whose type is known (a literal,
 * or a property the model types): written as the engine's casts where they
 * give Neo4j's answer. Others (a float's text, a string's number) are refused.
 */
const CONVERSIONS: Record<string, Partial<Record<StorageType, (x: string) => string>>> = {
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
};

export function functionCall(tr: Translation, t: Tree) {
  const nameNode = child(t, 'functionName');
  if (!nameNode) return;
  const name = tr.text(nameNode).replace(/\s/g, '').toLowerCase();
  const args = t.children.filter((c) => c.name === 'functionArgument');
  const type = args.length === 1 ? tr.storageOf(args[0]!) : undefined;
  const conversion = type ? CONVERSIONS[name]?.[type] : undefined;
  if (conversion) return void tr.later.push({ call: t, arg: args[0]!, write: conversion });
  if (CONVERSIONS[name]) {
    tr.refuse(t, `the function ${tr.text(nameNode)}()`, 'the embedded engine converts floats and strings differently; only a literal or a property of a known integer, float, string or boolean type is translated');
  }
  if (!FUNCTIONS.has(name) || (name === 'round' && args.length > 2)) {
    tr.refuse(t, `the function ${tr.text(nameNode)}()`, 'the embedded engine does not have it, or answers it differently');
  }
  if (name === 'collect' && tr.orderedBefore(t)) {
    tr.refuse(t, 'collect() of rows ordered by WITH … ORDER BY', 'the embedded engine does not keep that order into collect(), Neo4j does');
  }
  if (name === 'round' && args.length === 2) {
    tr.refuse(t, 'round() to a precision', 'the embedded engine rounds the binary value (round(-1.005, 2) = -1.0), Neo4j the decimal one (-1.01)');
  }
  if (name === 'round' && args.length === 1) {
    // Neo4j rounds half up (-2.5 → -2.0); the engine's round needs a precision and rounds half away from zero.
    // x - floor(x) is exact, so halves are found exactly (floor(x + 0.5) is not: 0.49999999999999994).
    tr.later.push({ call: t, arg: args[0]!, write: (x) => `CASE WHEN (${x}) - floor(${x}) >= 0.5 THEN ceil(${x}) ELSE floor(${x}) END` });
  }
  if (['trim', 'ltrim', 'rtrim'].includes(name) && !(args[0] && /^('[ -~]*'|"[ -~]*")$/.test(tr.text(args[0]).trim()))) {
    tr.refuse(t, `${tr.text(nameNode)}() of a value that is not a plain literal`, 'the embedded engine trims ASCII whitespace only, Neo4j also Unicode spaces such as the ideographic space U+3000');
  }
  if (name === 'log') tr.replace(nameNode, 'ln');
  if (name === 'reverse' && args[0]) {
    // The engine's reverse() reverses a list's text; its list_reverse reverses a list.
    const kind = tr.kindOf(args[0]);
    if (kind === 'list') tr.replace(nameNode, 'list_reverse');
    else if (kind !== 'string') tr.refuse(t, 'reverse() of a value that may be a list or a string', 'the embedded engine reverses lists and strings with different functions; reverse() of a literal, a parameter, a property or a list function is translated');
  }
  if (name === 'toupper' && args[0]) {
    // Neo4j (Java) upper-cases ß to SS; the engine to ẞ.
    tr.open(args[0], 'replace(');
    tr.close(args[0], ", 'ß', 'ss')");
  }
  if (name === 'isempty') {
    tr.replace(nameNode, '(size');
    tr.close(t, ' = 0)');
  }
  if (name === 'size' && args.length === 1 && tr.varLengthArg(args[0]!)) tr.replace(nameNode, 'length');
  if (name === 'substring') {
    const [, start, length] = args;
    if (!start) return;
    const s = tr.text(start);
    tr.replace(start, INT.test(s) ? String(Number(s.replace(/\s/g, '')) + 1) : `(${s}) + 1`);
    if (!length) tr.close(start, ', 2147483647');
  }
  if (name === 'sum') {
    tr.open(t, 'coalesce(');
    tr.close(t, ', 0)');
  }
  if (name === 'collect') {
    tr.open(t, 'coalesce(');
    tr.close(t, ', [])');
  }
  if ((name === 'head' || name === 'last') && args.length === 1) {
    // Neo4j: null for an empty list; the engine's list index fails there.
    const index = name === 'head' ? 1 : -1;
    tr.later.push({ call: t, arg: args[0]!, write: (l) => `CASE WHEN size(${l}) = 0 THEN NULL ELSE (${l})[${index}] END` });
  }
  if (name === 'split') tr.replace(nameNode, 'string_split');
  if (name === 'tail') {
    tr.replace(nameNode, 'list_slice');
    if (args[0]) tr.close(args[0], ', 2, 2147483647');
  }
  if (name === 'labels') {
    tr.open(t, '[');
    tr.replace(nameNode, 'label');
    tr.close(t, ']');
  }
}

