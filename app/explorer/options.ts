// Choices offered by the filters and the legend, read off the landscape.
import type { GraphDocument } from '@/graph/model';
import type { Ranking } from '@/graph/landscape/rankings';
import { labelStyles } from '../components/canvas/graphStyle';
import type { Lang } from '../components/shared/i18n';
import { nameOf } from '../components/shared/names';

export interface Option {
  id: string;
  name: string;
}

export function optionsOf(doc: GraphDocument | undefined, label: string, lang: Lang): Option[] {
  if (!doc) return [];
  const nodes = doc.nodes.filter((n) => n.labels[0] === label);
  if (label === 'ValueChainRole') nodes.sort((a, b) => Number(a.properties.stage) - Number(b.properties.stage));
  else nodes.sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang)));
  return nodes.map((n) => ({ id: n.id, name: nameOf(n, lang) }));
}

/** label → number of nodes, in the legend's order. */
export function labelCounts(doc: GraphDocument | undefined): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of doc?.nodes ?? []) counts.set(n.labels[0] ?? '', (counts.get(n.labels[0] ?? '') ?? 0) + 1);
  const order = Object.keys(labelStyles);
  return [...counts].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

/** The markets that rank providers, to size them by. */
export function rankedMarkets(rankings: Ranking[], doc: GraphDocument | undefined, lang: Lang): Option[] {
  return rankings.map((k) => {
    const seg = doc?.nodes.find((n) => n.id === k.segmentId);
    return { id: k.segmentId, name: seg ? `${nameOf(seg, lang)} ${k.year}` : lang === 'zh' ? k.name_zh : k.name_en };
  });
}
