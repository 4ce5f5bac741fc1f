// Slicers over the real landscape (the seeds in cypher/, the units of the
// model): which properties can be sliced, the histogram, which elements pass,
// and the years "play" steps through.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStep, histogram, parseSlicers, playSteps, serializeSlicers, sliceDomain, slicedOut, sliceOptions, sliceTargets, sliceValues, type Slicer } from '../../../app/explorer/slicer';
import { modelUnits } from '../../../app/units';
import { readSeeds } from '../../../graph/seed/files';
import { Landscape } from '../../../graph/landscape/view';
import { repoRoot } from '../../helpers';

const landscape = new Landscape(readSeeds(path.join(repoRoot, 'cypher')).graph);
const doc = landscape.doc;
const units = modelUnits();
const providersIn = (out: Set<string>) => doc.nodes.filter((n) => n.labels[0] === 'Provider' && !out.has(n.id)).map((n) => n.id).sort();

describe('what can be sliced', () => {
  it('offers the model’s figures that the visible elements have, nodes’ and relationships’', () => {
    const refs = sliceOptions(doc, units).map((o) => `${o.owner}.${o.prop}`);
    expect(refs).toEqual(expect.arrayContaining(['RANKED_IN.share', 'RANKED_IN.revenue', 'Segment.size_2023', 'Segment.size_2028e', 'Segment.cagr_2023_2028e', 'Milestone.year']));
    expect(sliceOptions(doc, units).find((o) => o.prop === 'share' && o.owner === 'RANKED_IN')).toMatchObject({ unit: '%', relationship: true });
    // Names and text are not figures.
    expect(refs.some((r) => r.endsWith('.name_en'))).toBe(false);
  });

  it('offers only what the view holds', () => {
    const providersOnly = { nodes: doc.nodes.filter((n) => n.labels[0] === 'Provider'), edges: [] };
    expect(sliceOptions(providersOnly, units).map((o) => `${o.owner}.${o.prop}`).sort()).toEqual(['Provider.founded', 'Provider.funding_rmb_m', 'Provider.funding_year']);
  });
});

describe('a share slicer', () => {
  const paas: Slicer = { owner: 'RANKED_IN', prop: 'share', at: 'av-paas', lo: 10, hi: 20 };

  it('leaves, of 10–20% in the PaaS ranking, Competitor A alone (17.0%; the others hold 4.3–6.4%)', () => {
    expect(sliceValues(doc, paas)).toEqual([4.3, 5.7, 5.8, 6.4, 17.0]);
    const out = slicedOut(doc, [paas]);
    expect(providersIn(out)).toEqual(['competitor-a']);
    // The market and the relationship that carries the share stay; the other rankings go.
    expect(out.has('av-paas')).toBe(false);
    expect(out.has('RANKED_IN:competitor-a->av-paas')).toBe(false);
    expect(out.has('RANKED_IN:competitor-b->av-paas')).toBe(true);
  });

  it('without a market, counts every ranking: B (16.6%) and the Group (14.1%) in APaaS join A', () => {
    const out = slicedOut(doc, [{ ...paas, at: undefined }]);
    expect(providersIn(out)).toEqual(['competitor-a', 'competitor-b', 'the-group']);
    // A's APaaS share (9.5%) is outside the range.
    expect(out.has('RANKED_IN:competitor-a->av-apaas')).toBe(true);
  });

  it('combines with another slicer (AND), and leaves what it does not measure alone', () => {
    const founded: Slicer = { owner: 'Provider', prop: 'founded', lo: 2010, hi: 2020 };
    expect(providersIn(slicedOut(doc, [{ ...paas, at: undefined }, founded]))).toEqual(['competitor-b']);
    expect(slicedOut(doc, [founded]).has('av-paas')).toBe(false);
    // The Group states no founding year: a slicer on it does not pass the Group.
    expect(slicedOut(doc, [founded]).has('the-group')).toBe(true);
  });

  it('offers the markets the relationships reach', () => {
    expect(sliceTargets(doc, paas).sort()).toEqual(['av-apaas', 'av-paas']);
  });
});

describe('the histogram', () => {
  it('spans the values in round steps and counts each value once', () => {
    const values = sliceValues(doc, { owner: 'RANKED_IN', prop: 'share' });
    const domain = sliceDomain(values);
    expect(domain).toEqual({ min: 2, max: 18, step: 2 });
    const bins = histogram(values, domain);
    expect(bins).toHaveLength(8);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(10);
    expect(bins.find((b) => b.x0 === 16)!.count).toBe(2); // 17.0 and 16.6
  });

  it('holds a single value', () => {
    const domain = sliceDomain([2023]);
    expect(histogram([2023], domain).reduce((n, b) => n + b.count, 0)).toBe(1);
    expect(domain.min).toBeLessThanOrEqual(2023);
    expect(domain.max).toBeGreaterThan(2023);
  });
});

describe('play', () => {
  it('steps a market size through the years the model states, 2023 then 2028E', () => {
    const s: Slicer = { owner: 'Segment', prop: 'size_2023', lo: 10, hi: 1000 };
    const steps = playSteps(doc, s, units);
    expect(steps.map((x) => x.year)).toEqual(['2023', '2028E']);
    expect(applyStep(s, steps[1]!)).toEqual({ ...s, prop: 'size_2028e' });
  });

  it('steps a year property through the years it takes, and no other', () => {
    const s: Slicer = { owner: 'Milestone', prop: 'year', lo: 0, hi: 3000 };
    const years = doc.nodes.filter((n) => n.labels[0] === 'Milestone').map((n) => n.properties.year as number);
    const steps = playSteps(doc, s, units);
    expect(steps.map((x) => Number(x.year))).toEqual([...new Set(years)].sort());
    expect(applyStep(s, steps[0]!)).toMatchObject({ lo: Math.min(...years), hi: Math.min(...years) });
  });

  it('has nothing to play for a figure of one year or a span', () => {
    expect(playSteps(doc, { owner: 'RANKED_IN', prop: 'share', lo: 0, hi: 100 }, units)).toEqual([]);
    expect(playSteps(doc, { owner: 'Segment', prop: 'cagr_2023_2028e', lo: 0, hi: 100 }, units)).toEqual([]);
  });
});

describe('slicers in the URL', () => {
  it('round-trip, and drop what is malformed', () => {
    const list: Slicer[] = [
      { owner: 'RANKED_IN', prop: 'share', at: 'av-paas', lo: 10, hi: 20 },
      { owner: 'PriceFact', prop: 'change_pct', lo: -30.5, hi: 0 },
    ];
    const raw = serializeSlicers(list);
    expect(raw).toBe('RANKED_IN.share@av-paas~10~20,PriceFact.change_pct~-30.5~0');
    expect(parseSlicers(raw)).toEqual(list);
    expect(parseSlicers('RANKED_IN.share~x~2,bad,Segment.size_2023~9~1,')).toEqual([{ owner: 'Segment', prop: 'size_2023', lo: 1, hi: 9 }]);
  });
});
