// The three layouts of the explorer and their options.
import type { LayoutOptions, NodeSingular } from 'cytoscape';

export type LayoutName = 'fcose' | 'dagre' | 'concentric';
export const layoutNames: LayoutName[] = ['fcose', 'dagre', 'concentric'];

const labelRing: Record<string, number> = { Provider: 3, Ranking: 2, Segment: 2, Layer: 2, ValueChainRole: 2 };

/** Concentric by share: providers in the middle, largest share first; then markets and layers; the rest outside. */
export function concentricValue(node: NodeSingular): number {
  const kind = String(node.data('kind'));
  const ring = labelRing[kind] ?? 1;
  const share = Number(node.data('share') ?? 0);
  return ring * 100 + (kind === 'Provider' ? share : 0);
}

export function layoutOptions(name: LayoutName, animate: boolean, pinned: { nodeId: string; position: { x: number; y: number } }[]): LayoutOptions {
  const common = { animate, animationDuration: 600, fit: true, padding: 40 };
  switch (name) {
    case 'dagre':
      return { name: 'dagre', rankDir: 'LR', nodeSep: 6, rankSep: 150, edgeSep: 4, nodeDimensionsIncludeLabels: true, ...common } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: concentricValue,
        levelWidth: () => 50,
        minNodeSpacing: 18,
        startAngle: (3 / 2) * Math.PI,
        avoidOverlap: true,
        ...common,
      } as LayoutOptions;
    default:
      return {
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: (n: NodeSingular) => (n.data('kind') === 'Provider' ? 25000 : 8000),
        idealEdgeLength: () => 70,
        edgeElasticity: () => 0.45,
        gravity: 0.25,
        numIter: 3000,
        nodeSeparation: 60,
        packComponents: true,
        fixedNodeConstraint: pinned.length ? pinned : undefined,
        ...common,
      } as LayoutOptions;
  }
}
