// The web worker of forceLayout.ts: d3-force with Barnes–Hut repulsion
// (O(n log n) a tick), links pulling neighbours together and a weak pull to
// the middle so that components stay near each other.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { ticksFor, type ForceFrame, type ForceInput } from './forceLayout';

// A frame costs the page a style pass and a redraw of every element (about
// half a second for 5,000 on this project's machine): one a second keeps the
// settling visible without holding the page's main thread.
const FRAME_MS = 1_000;

self.onmessage = (e: MessageEvent<ForceInput>) => {
  const { ids, links, start, alpha } = e.data;
  const t0 = performance.now();
  const nodes: SimulationNodeDatum[] = ids.map((_, i) => {
    const x = start[2 * i]!;
    const y = start[2 * i + 1]!;
    return Number.isNaN(x) ? {} : { x, y };
  });
  const pairs: { source: number; target: number }[] = [];
  for (let i = 0; i < links.length; i += 2) if (links[i] !== links[i + 1]) pairs.push({ source: links[i]!, target: links[i + 1]! });
  const ticks = ticksFor(nodes.length, pairs.length);
  const sim = forceSimulation(nodes)
    .alpha(alpha)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink(pairs).distance(45))
    .force('charge', forceManyBody().strength(-90).theta(0.9))
    .force('x', forceX().strength(0.04))
    .force('y', forceY().strength(0.04))
    .stop();
  const post = (tick: number, done: boolean) => {
    const positions = new Float64Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      positions[2 * i] = n.x ?? 0;
      positions[2 * i + 1] = n.y ?? 0;
    });
    const frame: ForceFrame = { positions, tick, ticks, done, ms: performance.now() - t0 };
    (self as unknown as Worker).postMessage(frame, [positions.buffer]);
  };
  // The starting frame (d3's phyllotaxis for new nodes) goes out at once: the
  // canvas draws it while the layout runs.
  post(0, false);
  let last = performance.now();
  for (let tick = 1; tick <= ticks; tick++) {
    sim.tick();
    if (tick === ticks) post(tick, true);
    else if (performance.now() - last > FRAME_MS) {
      post(tick, false);
      last = performance.now();
    }
  }
};
