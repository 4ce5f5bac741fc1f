// The workbench's pure parts: parameter checks, result values as text and
// CSV, sorting, history and the URL.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { queryIn } from '../../../app/query/examples';
import { checkParams, paramsText, usedParams } from '../../../app/query/params';
import { addSaved, addToHistory, HISTORY_MAX, parseWorkbenchUrl, workbenchSearch, type HistoryEntry } from '../../../app/query/storage';
import { FUNCTIONS } from '../../../app/query/functions';
import { workbenchStrings } from '../../../app/query/strings';
import { answeredFunctions } from '../../../graph/query/kuzu-translate';
import { cellText, compareCells, csvCell, drawable, toCsv } from '../../../app/query/values';

const t = workbenchStrings.en;
const node = { id: 'the-group', labels: ['Provider'], properties: { id: 'the-group', name_en: 'the Group', name_zh: '本集團' } };
const edge = { id: 'RANKED_IN:the-group->av-paas', type: 'RANKED_IN', source: 'the-group', target: 'av-paas', properties: { rank: 3 } };

describe('parameters', () => {
  it('finds the $names a query uses, outside strings and comments', () => {
    expect(usedParams("MATCH (p {independent: $i}) WHERE p.name_en = '$not' // $nor\nRETURN $`odd name`, $0 /* $no */")).toEqual(['i', 'odd name', '0']);
  });

  it('accepts an object of scalars and lists of scalars that gives every parameter used', () => {
    expect(checkParams('{"i": true, "names": ["a", 1, null]}', 'RETURN $i, $names', t)).toEqual({ ok: true, params: { i: true, names: ['a', 1, null] } });
    expect(checkParams('', 'RETURN 1', t)).toEqual({ ok: true, params: {} });
  });

  it('says what is wrong: bad JSON, not an object, a map value, a missing parameter', () => {
    const bad = (text: string, query = 'RETURN 1') => {
      const r = checkParams(text, query, t);
      return r.ok ? '' : r.message;
    };
    expect(bad('{"i": tru}')).toMatch(/^Not valid JSON: /);
    expect(bad('[1, 2]')).toContain('must be a JSON object');
    expect(bad('{"m": {"a": 1}}')).toContain('$m: use a string');
    expect(bad('{"l": [[1]]}')).toContain('$l: use a string');
    expect(bad('{}', 'RETURN $i, $j')).toBe('The query uses $i, $j but the parameters do not give them.');
  });

  it('shows parameters as pretty JSON, or nothing', () => {
    expect(paramsText({ independent: true })).toBe('{\n  "independent": true\n}');
    expect(paramsText({})).toBe('');
    expect(paramsText(undefined)).toBe('');
  });
});

describe('result values', () => {
  it('reads nodes by name in the chosen language, relationships by type, paths by their nodes', () => {
    expect(cellText(node, 'en')).toBe('(Provider) the Group');
    expect(cellText(node, 'zh')).toBe('(Provider) 本集團');
    expect(cellText(edge, 'en')).toBe('[:RANKED_IN] the-group → av-paas');
    expect(cellText({ nodes: [node, { ...node, id: 'x', properties: { name_en: 'X' } }], edges: [edge] }, 'en')).toBe('the Group → X');
    expect(cellText([1, null, 'a'], 'en')).toBe('[1, null, a]');
  });

  it('writes CSV with the columns in order, quoting where needed, nodes by id', () => {
    const csv = toCsv({ columns: ['name', 'p', 'share', 'tags', 'none'], rows: [{ name: 'A, "quoted"', p: node, share: 5.8, tags: ['x', 'y'], none: null }] });
    expect(csv).toBe('name,p,share,tags,none\r\n"A, ""quoted""",the-group,5.8,x; y,');
    expect(Papa.parse(csv).data).toEqual([
      ['name', 'p', 'share', 'tags', 'none'],
      ['A, "quoted"', 'the-group', '5.8', 'x; y', ''],
    ]);
    expect(csvCell({ a: 1 })).toBe('{"a":1}');
    expect(csvCell(edge)).toBe(edge.id);
  });

  it('sorts numbers by value, text by locale, nulls last', () => {
    const values = [10, null, 2, 'b', 'a', true];
    expect([...values].sort((a, b) => compareCells(a, b, 'en'))).toEqual([2, 10, true, 'a', 'b', null]);
  });

  it('draws only relationships whose ends are in the result', () => {
    const { doc, dropped } = drawable({ nodes: [node], edges: [edge] });
    expect(doc.edges).toEqual([]);
    expect(dropped).toBe(1);
  });
});

describe('examples in Chinese', () => {
  it('read the Chinese names and summaries', () => {
    expect(queryIn('RETURN p.name_en AS provider, f.summary_en AS what, s.name_english', 'zh')).toBe('RETURN p.name_zh AS provider, f.summary_zh AS what, s.name_english');
    expect(queryIn('RETURN p.name_en', 'en')).toBe('RETURN p.name_en');
  });
});

describe('history, saved queries and the URL', () => {
  const entry = (id: string, query: string): HistoryEntry => ({ id, query, params: '', at: Date.now(), outcome: { rows: 1 } });

  it('puts the newest run first, moves a repeated query to the top, and keeps at most the limit', () => {
    let h: HistoryEntry[] = [];
    h = addToHistory(h, entry('1', 'A'));
    h = addToHistory(h, entry('2', 'B'));
    h = addToHistory(h, entry('3', 'A'));
    expect(h.map((x) => x.id)).toEqual(['3', '2']);
    for (let i = 0; i < HISTORY_MAX + 5; i++) h = addToHistory(h, entry(`n${i}`, `Q${i}`));
    expect(h).toHaveLength(HISTORY_MAX);
  });

  it('replaces a saved query of the same name', () => {
    const s = addSaved([{ id: '1', name: 'x', query: 'A', params: '', at: 1 }], { id: '2', name: 'x', query: 'B', params: '', at: 2 });
    expect(s).toEqual([{ id: '2', name: 'x', query: 'B', params: '', at: 2 }]);
  });

  it('round-trips the query, parameters and language through the URL', () => {
    const state = { query: "MATCH (p:Provider {independent: $i})\nRETURN p.name_en AS name // 名稱 & more", params: '{"i": true}', lang: 'zh' as const };
    const search = workbenchSearch(state);
    expect(parseWorkbenchUrl(Object.fromEntries(new URLSearchParams(search)))).toEqual(state);
    expect(parseWorkbenchUrl({ lang: 'xx' })).toEqual({ query: undefined, params: undefined, lang: undefined });
  });
});

describe('a construct the embedded engine does not support (UNSUPPORTED)', () => {
  const error = {
    status: 400,
    code: 'UNSUPPORTED',
    message: 'a map projection n {.property, …} at line 2, column 8 ("p {.name_en}") is not supported here: …; the same query runs on Neo4j (set NEO4J_URI)',
    clause: 'p {.name_en}',
    position: { line: 2, column: 8, offset: 30 },
  };
  it('is the server\'s message in English', () => {
    expect(workbenchStrings.en.unsupported(error)).toBe(error.message);
  });
  it('is said in Chinese in the zh workbench, with the construct, its position and that Neo4j runs the query', () => {
    const zh = workbenchStrings.zh.unsupported(error);
    expect(zh).toContain('第 2 行第 8 列');
    expect(zh).toContain('「p {.name_en}」');
    expect(zh).toContain('NEO4J_URI');
    expect(workbenchStrings.zh.unsupportedTitle).toBe('內嵌引擎不支援此語法');
  });
});

describe('autocomplete', () => {
  it('offers only functions the embedded engine answers as Neo4j does (Neo4j answers them all)', () => {
    const answered = answeredFunctions();
    expect(FUNCTIONS.map((f) => f.name).filter((name) => !answered.has(name.toLowerCase()))).toEqual([]);
  });
});
