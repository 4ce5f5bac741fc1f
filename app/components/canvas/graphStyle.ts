// How each node label looks: a shape and a colour of its own, with a dark
// border so that light fills still stand out (3:1) against the white canvas.
// The same table draws the legend, so a node looks the same everywhere.
import type { StylesheetJsonBlock } from 'cytoscape';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'hexagon'
  | 'tag'
  | 'rhomboid'
  | 'triangle'
  | 'octagon'
  | 'star'
  | 'diamond'
  | 'barrel'
  | 'pentagon'
  | 'rectangle';

export interface LabelStyle {
  fill: string;
  border: string;
  shape: NodeShape;
  size: number;
}

export const labelStyles: Record<string, LabelStyle> = {
  Provider: { fill: '#f28e2b', border: '#7a3d00', shape: 'ellipse', size: 48 },
  Segment: { fill: '#4e79a7', border: '#1f3b5c', shape: 'round-rectangle', size: 30 },
  Layer: { fill: '#59a14f', border: '#24501e', shape: 'hexagon', size: 34 },
  LayerAttribute: { fill: '#a0cbe8', border: '#2d5f80', shape: 'tag', size: 22 },
  ValueChainRole: { fill: '#b07aa1', border: '#5a2e4e', shape: 'rhomboid', size: 38 },
  Factor: { fill: '#edc948', border: '#6b5500', shape: 'triangle', size: 24 },
  Technology: { fill: '#76b7b2', border: '#24514e', shape: 'octagon', size: 24 },
  Ranking: { fill: '#e15759', border: '#7a1416', shape: 'star', size: 34 },
  PriceFact: { fill: '#ff9da7', border: '#8a2a36', shape: 'diamond', size: 24 },
  Source: { fill: '#9c755f', border: '#4a3326', shape: 'barrel', size: 24 },
  Milestone: { fill: '#bab0ac', border: '#4d4542', shape: 'pentagon', size: 24 },
  Exchange: { fill: '#8cd17d', border: '#2f5a26', shape: 'rectangle', size: 24 },
};

/** All labels, in legend order. */
export const allLabels = Object.keys(labelStyles);

/**
 * Shown until the user picks: the landscape itself (providers, markets,
 * layers, roles, rankings, exchanges). Factors, technologies, prices,
 * sources, milestones and layer attributes are one click away in the legend.
 */
export const defaultLabels = ['Provider', 'Segment', 'Layer', 'ValueChainRole', 'Ranking', 'Exchange'];

export const fallbackStyle: LabelStyle = { fill: '#d0d7de', border: '#57606a', shape: 'ellipse', size: 24 };
export const styleOf = (label: string) => labelStyles[label] ?? fallbackStyle;

const INK = '#1b1f24';

const edgeCaption = {
  'font-size': 9,
  color: INK,
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.9,
  'text-background-padding': '2px',
  'text-rotation': 'autorotate',
  'text-wrap': 'ellipsis',
  'text-max-width': '180px',
} as const;

/**
 * big: a view of thousands of elements. Provider names too give way when
 * zoomed out, and edges are haystack lines: bezier edges look for parallel
 * edges to bundle, which takes seconds for tens of thousands.
 */
export function stylesheet(big = false): StylesheetJsonBlock[] {
  const byLabel: StylesheetJsonBlock[] = Object.entries(labelStyles).map(([label, s]) => ({
    selector: `node.${label}`,
    style: { 'background-color': s.fill, 'border-color': s.border, shape: s.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 2,
        color: INK,
        'font-size': 13,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
      },
    },
    ...byLabel,
    // A style rule's colour (app/explorer/styleRules.ts); the label's border and shape stay.
    { selector: 'node[fill]', style: { 'background-color': 'data(fill)' } },
    {
      selector: 'node.Provider',
      style: { 'font-size': 15, 'font-weight': 'bold', 'text-max-width': '160px', 'min-zoomed-font-size': big ? 7 : 0 },
    },
    // bigView.ts: labels give way while a big view moves.
    { selector: 'node.moving', style: { 'min-zoomed-font-size': 1000 } },
    { selector: 'node.independent', style: { 'border-width': 6, 'border-style': 'double' } },
    { selector: 'node.dependent', style: { 'border-width': 3, 'border-style': 'dashed' } },
    {
      selector: 'edge',
      // Every property set here is applied to every edge; in a big view the
      // caption's properties wait until an edge shows its caption.
      style: big
        ? { width: 1, 'line-color': '#8c959f', 'curve-style': 'haystack', 'haystack-radius': 0 }
        : {
            width: 1.5,
            'line-color': '#8c959f',
            'target-arrow-color': '#8c959f',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'bezier',
            ...edgeCaption,
          },
    },
    { selector: 'edge.RANKED_IN', style: { width: 3, 'line-color': '#b35c00', 'target-arrow-color': '#b35c00' } },
    { selector: 'edge.SUPPLIES', style: { width: 3, 'line-color': '#6f3f63', 'target-arrow-color': '#6f3f63' } },
    { selector: 'edge.hover, edge.zoomed.rich, edge:selected', style: { label: 'data(caption)', ...(big ? edgeCaption : {}) } },
    { selector: 'edge.hover', style: { width: 3, 'z-index': 10 } },
    { selector: 'node.pinned', style: { 'underlay-color': '#57606a', 'underlay-opacity': 0.35, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } },
    { selector: 'node:selected', style: { 'border-color': '#0b5cad', 'border-width': 6, 'border-style': 'solid' } },
    { selector: 'edge:selected', style: { 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad', width: 4 } },
    { selector: '.highlight', style: { 'underlay-color': '#ffb000', 'underlay-opacity': 0.6, 'underlay-padding': 12, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    // Outside a slicer's range: faint, and its caption too.
    { selector: '.sliced-out', style: { opacity: 0.18, 'text-opacity': 0.35 } },
    // A path found between two nodes: thicker, not only another colour.
    { selector: 'node.on-path', style: { 'border-color': '#b45309', 'border-width': 7, 'border-style': 'double', 'z-index': 30 } },
    { selector: 'edge.on-path', style: { 'line-color': '#b45309', 'target-arrow-color': '#b45309', width: 6, 'z-index': 30 } },
  ];
}
