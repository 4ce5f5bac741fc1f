// The cytoscape elements of a graph document: a caption in the chosen
// language, a class per label (its shape and colour) and per independence
// (its border and marker), and the size of each node.
import type { ElementDefinition } from 'cytoscape';
import type { GraphDocument } from '@/graph/model';
import { styleOf } from './graphStyle';
import { relName, strings, type Lang } from '../shared/i18n';
import { edgeCaption } from '../details/figures';
import { nameOf } from '../shared/names';
import { centralSize, isMetric, providerFigures, providerSize, type Sizing } from './sizing';

/** What a style rule (app/explorer/styleRules.ts) gives a node: a fill, a size, lines under its name. */
export interface ElementStyle {
  fill?: string;
  size?: number;
  lines?: string[];
}

export interface ElementExtras {
  /** Per node, under the style rules. */
  styles?: Map<string, ElementStyle>;
  /** Elements outside a slicer's range, drawn faded. */
  faded?: Set<string>;
}

/** `centrality`: the visible graph's scores when the sizing is by a centrality metric. */
export function toElements(doc: GraphDocument, lang: Lang, sizing: Sizing, centrality?: Map<string, number>, extras: ElementExtras = {}): ElementDefinition[] {
  const t = strings[lang];
  const figures = providerFigures(doc, sizing);
  const max = Math.max(0, ...figures.values());
  const central = isMetric(sizing.by) ? centrality : undefined;
  let maxCentral = 0;
  for (const v of central?.values() ?? []) if (v > maxCentral) maxCentral = v;
  const shares = providerFigures(doc, { by: 'share', market: sizing.market });
  const nodes: ElementDefinition[] = doc.nodes.map((n) => {
    const label = n.labels[0] ?? '';
    const style = styleOf(label);
    let caption = nameOf(n, lang);
    const classes = [label];
    let size = style.size;
    if (label === 'Provider') {
      const independent = n.properties.independent === true;
      classes.push(independent ? 'independent' : 'dependent');
      caption += `\n${independent ? '✓' : '✗'} ${independent ? t.independentBadge : t.dependentBadge}`;
      size = providerSize(figures.get(n.id), max, sizing.by, style.size);
    }
    if (central) size = centralSize(central.get(n.id), maxCentral, style.size);
    const ruled = extras.styles?.get(n.id);
    if (ruled?.size) size = ruled.size;
    for (const line of ruled?.lines ?? []) if (!caption.split('\n').includes(line)) caption += `\n${line}`;
    if (extras.faded?.has(n.id)) classes.push('sliced-out');
    const share = shares.get(n.id) ?? 0;
    return { group: 'nodes', data: { id: n.id, caption, kind: label, size, share, ...(ruled?.fill ? { fill: ruled.fill } : {}) }, classes: classes.join(' ') };
  });
  const edges: ElementDefinition[] = doc.edges.map((e) => {
    const caption = edgeCaption(e, lang);
    // Captions that carry a figure or a value show when zoomed in; bare relationship names only on hover.
    const rich = caption !== relName(e.type, lang);
    return {
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, caption, kind: e.type },
      classes: [e.type, ...(rich ? ['rich'] : []), ...(extras.faded?.has(e.id) ? ['sliced-out'] : [])].join(' '),
    };
  });
  return [...nodes, ...edges];
}
