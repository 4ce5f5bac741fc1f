// Force-directed layout of big views in a web worker (d3-force), so that the
// tab stays responsive while thousands of nodes settle. The worker posts
// positions every few hundred milliseconds: the canvas draws the first frame
// at once and the graph settles in front of the user. The tick count depends
// on the view only, so the final positions are the same every time.

export interface ForceInput {
  ids: string[];
  /** Node index pairs. */
  links: Uint32Array;
  /** Starting positions (x, y per node); NaN for a node without one. */
  start: Float64Array;
  /** 1 lays out afresh; lower values settle new nodes among placed ones. */
  alpha: number;
}

export interface ForceFrame {
  positions: Float64Array;
  tick: number;
  ticks: number;
  done: boolean;
  ms: number;
}

/** Fewer ticks for bigger views: a tick costs about (nodes + links) × log(nodes). */
export function ticksFor(nodes: number, links: number): number {
  return Math.max(80, Math.min(300, Math.round((300 * 12_000) / Math.max(1, nodes + links))));
}
