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

/** `centrality`: the visible graph's scores when the sizing is by a centrality metric. */
export function toElements(doc: GraphDocument, lang: Lang, sizing: Sizing, centrality?: Map<string, number>): ElementDefinition[] {
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
    const share = shares.get(n.id) ?? 0;
    return { group: 'nodes', data: { id: n.id, caption, kind: label, size, share }, classes: classes.join(' ') };
  });
  const edges: ElementDefinition[] = doc.edges.map((e) => {
    const caption = edgeCaption(e, lang);
    // Captions that carry a figure or a value show when zoomed in; bare relationship names only on hover.
    const rich = caption !== relName(e.type, lang);
    return {
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, caption, kind: e.type },
      classes: rich ? `${e.type} rich` : e.type,
    };
  });
  return [...nodes, ...edges];
}
