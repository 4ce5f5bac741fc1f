// Style rules over the real landscape: categorical values get the palette and
// their words in the caption, numbers a scale, and the legend names each.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRules, palette, parseRef, presets, ramp, refName, ruleOptions, ruleValues } from '../../../app/explorer/styleRules';
import { modelUnits } from '../../../app/units';
import { readSeeds } from '../../../graph/seed/files';
import { repoRoot } from '../../helpers';

const doc = readSeeds(path.join(repoRoot, 'cypher')).graph;
const units = modelUnits();
const byId = new Map(doc.nodes.map((n) => [n.id, n]));

describe('a rule by independence', () => {
  const { styles, legend } = applyRules(doc, presets.independence(), 'en', units);

  it('colours the three independent providers alike and the others another colour, and writes it in their captions', () => {
    const independent = ['competitor-d', 'competitor-e', 'the-group'];
    const others = ['competitor-a', 'competitor-b', 'competitor-c'];
    const fills = new Set(independent.map((id) => styles.get(id)!.fill));
    expect(fills.size).toBe(1);
    expect(others.every((id) => styles.get(id)!.fill !== [...fills][0] && palette.includes(styles.get(id)!.fill!))).toBe(true);
    for (const id of independent) expect(styles.get(id)!.lines).toEqual(['✓ independent']);
    for (const id of others) expect(styles.get(id)!.lines).toEqual(['✗ non-independent']);
    // Nodes the rule does not describe keep their label's look.
    expect(styles.has('av-paas')).toBe(false);
  });

  it('keys each colour with its words and how many providers show it', () => {
    expect(legend).toEqual([
      {
        channel: 'colour',
        title: 'Provider · Independent',
        entries: [
          { fill: palette[0], text: '✗ non-independent', count: 3 },
          { fill: palette[1], text: '✓ independent', count: 3 },
        ],
      },
    ]);
  });

  it('speaks Chinese', () => {
    const zh = applyRules(doc, presets.independence(), 'zh', units);
    expect(zh.styles.get('the-group')!.lines).toEqual(['✓ 獨立']);
    expect(zh.legend[0]!.title).toBe('服務提供商 · 獨立');
  });
});

describe('numbers', () => {
  it('size the providers by their share in the chosen market and caption the share', () => {
    const { styles, legend } = applyRules(doc, presets.share('av-paas'), 'en', units);
    expect(styles.get('competitor-a')!.size).toBeGreaterThan(styles.get('competitor-b')!.size!);
    expect(styles.get('competitor-b')!.size).toBeGreaterThan(styles.get('competitor-d')!.size!);
    expect(styles.get('competitor-a')!.lines).toEqual(['ranked in · Share in China audio/video PaaS market: 17.0%']);
    // Competitor E is not ranked in PaaS: no value, no rule.
    expect(styles.has('competitor-e')).toBe(false);
    expect(legend.map((k) => k.channel)).toEqual(['size', 'caption']);
    expect(legend[0]!.entries[0]!.text).toBe('4.3% – 17.0%');
  });

  it('colour on a light-to-dark scale, the highest darkest', () => {
    const { styles, legend } = applyRules(doc, { colour: 'Segment.size_2023' }, 'en', units);
    const sized = doc.nodes.filter((n) => typeof n.properties.size_2023 === 'number');
    const top = sized.reduce((a, b) => ((a.properties.size_2023 as number) >= (b.properties.size_2023 as number) ? a : b));
    expect(styles.get(top.id)!.fill).toBe(ramp.at(-1));
    expect(styles.get(top.id)!.lines![0]).toMatch(/RMB bn$/);
    expect(legend[0]!.entries.reduce((n, e) => n + e.count, 0)).toBe(sized.length);
  });
});

describe('neighbours', () => {
  it('colour the providers by the layers they offer', () => {
    const values = ruleValues(doc, '>Layer', 'en');
    expect(values.get('competitor-d')).toBe('PaaS');
    expect(values.get('competitor-e')).toBe('APaaS');
    expect(values.get('the-group')).toBe('APaaS · PaaS');
    const { styles } = applyRules(doc, presets.layer(), 'en', units);
    expect(styles.get('the-group')!.fill).toBe(styles.get('competitor-a')!.fill);
    expect(styles.get('the-group')!.fill).not.toBe(styles.get('competitor-d')!.fill);
  });
});

describe('what a rule can use', () => {
  it('offers categories, numbers, relationships’ figures per market and neighbours, not free text', () => {
    const refs = ruleOptions(doc, units).map((o) => o.ref);
    expect(refs).toEqual(expect.arrayContaining(['Provider.independent', 'Provider.corporate_status', 'Segment.size_2023', 'RANKED_IN.share@av-paas', 'RANKED_IN.share@av-apaas', '>Layer']));
    expect(refs.some((r) => /name_|summary_|sourceSection/.test(r))).toBe(false);
    expect(ruleOptions(doc, units).find((o) => o.ref === 'RANKED_IN.share@av-paas')!.numeric).toBe(true);
  });

  it('reads and names refs, and refuses malformed ones', () => {
    expect(parseRef('RANKED_IN.share@av-paas')).toEqual({ owner: 'RANKED_IN', prop: 'share', at: 'av-paas' });
    expect(parseRef('>Layer')).toEqual({ owner: '*', via: 'Layer' });
    expect(parseRef('x;drop')).toBeUndefined();
    expect(refName('Segment.size_2028e', 'en', byId)).toBe('Market · Market size (2028E)');
    expect(applyRules(doc, { colour: 'nonsense' }, 'en', units).legend).toEqual([]);
  });
});
