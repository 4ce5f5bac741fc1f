// Every figure in the graph must trace to the document: its sourceSection is
// a heading of the document, and the number is written in that section.
// Checked against the document's index (document.ts), so it runs without
// ../shared; `npm run test:document` checks the index against the document.
import path from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { nodeSchemas, propMeta, relSchemas, type NodeLabel, type RelType } from '../../graph/model';
import { readSeeds } from '../../graph/seed/files';
import { repoRoot } from '../helpers';
import { documentHeadings, index, notations, numberOf, sectionFigures, states } from './document';

const graph = readSeeds(path.join(repoRoot, 'cypher')).graph;
interface Element {
  what: string;
  props: Record<string, unknown>;
  shape: z.ZodRawShape;
}
const elements: Element[] = [
  ...graph.nodes.map((n) => ({ what: `${n.labels[0]} ${n.id}`, props: n.properties, shape: nodeSchemas[n.labels[0] as NodeLabel].shape })),
  ...graph.edges.map((e) => ({ what: e.id, props: e.properties, shape: relSchemas[e.type as RelType].props.shape as z.ZodRawShape })),
];
const headings = new Set(elements.map((e) => e.props.sourceSection).filter((s): s is string => typeof s === 'string'));

function figuresOf(el: Element) {
  return Object.entries(el.props).flatMap(([key, value]) => {
    const meta = propMeta(el.shape[key] as z.ZodType);
    return meta.figure && typeof value === 'number' ? [{ key, value, unit: meta.unit }] : [];
  });
}

describe('provenance of every figure', () => {
  it('gives every sourceSection as a whole heading line of the document', () => {
    const missing = [...headings].filter((h) => !documentHeadings.includes(h));
    expect(missing).toEqual([]);
    expect(headings.size).toBeGreaterThanOrEqual(15);
  });

  it('finds every figure of every node and relationship written in the text of its section', () => {
    const untraced: string[] = [];
    let count = 0;
    for (const el of elements) {
      const section = sectionFigures(String(el.props.sourceSection), headings);
      for (const f of figuresOf(el)) {
        count++;
        if (!notations(f.value, f.unit).some((n) => states(section, n))) untraced.push(`${el.what}.${f.key} = ${f.value} ${f.unit ?? ''}`);
      }
    }
    expect(untraced).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it('would notice a figure that is not in its section', () => {
    const section = sectionFigures('競爭格局', headings);
    expect(notations(3.89, 'RMB bn').some((n) => states(section, n))).toBe(true);
    expect(notations(3.98, 'RMB bn').some((n) => states(section, n))).toBe(false);
    expect(notations(91.5, 'RMB bn').some((n) => states(sectionFigures('中國雲服務市場', headings), n))).toBe(true);
    expect(notations(3.89, 'RMB bn').some((n) => states(sectionFigures('中國雲服務市場', headings), n))).toBe(false);
    // The magnitude must match too: the text writes 13.3億, not 13.3萬億.
    expect(states(section, '13.3億')).toBe(true);
    expect(states(section, '13.3萬億')).toBe(false);
  });
});

describe('completeness', () => {
  // Numbers of the text that are not figures of their own: 2028 is the end of
  // the forecast period (in the property names, `_2028e`), 100.0 is the
  // "whole market = 100%" row of the ranking tables.
  const notFigures = new Set(['2028', '100.0']);

  it('has every number written in the text of the document as a figure in the graph', () => {
    const values = new Set<string>();
    for (const el of elements) {
      for (const f of figuresOf(el)) for (const n of notations(f.value, f.unit)) values.add(n.replace(/[億萬百]+$/, ''));
    }
    // The index holds every number of the text but footnote markers ("6. ").
    const missing = index.sections
      .flatMap((s) => s.figures.map(numberOf))
      .filter((n) => !notFigures.has(n) && !values.has(n));
    expect([...new Set(missing)]).toEqual([]);
  });
});
