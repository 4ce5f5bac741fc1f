'use client';
// The graph canvas: cytoscape.js through react-cytoscapejs. Loaded on the
// client only (next/dynamic, ssr: false) so that cytoscape and its layouts
// stay out of the page's first-load JavaScript. Reusable: it draws any graph
// document, and reports taps, double-taps and its core to its parent.
import cytoscape, { type Core, type EventObject, type LayoutOptions, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import { QUIET_LABELS_FROM, WORKER_LAYOUT_FROM, quietLabelsWhileMoving, chooseWebgl, type RendererChoice } from './bigView';
import CytoscapeView from './CytoscapeView';
import { toElements, type ElementExtras } from './elements';
import { runForceLayout } from './forceLayoutRun';
import { stylesheet } from './graphStyle';
import type { Lang } from '../shared/i18n';
import { layoutOptions, type LayoutName } from './layouts';
import { hashString, loadPositions, savePositions, seededRandom, viewKey, withSeededRandom, type Positions } from './positions';
import type { Sizing } from './sizing';
import { capZoom, fit, focusOn, panBy, zoomBy } from './viewport';

cytoscape.use(fcose);
cytoscape.use(dagre);

/** Up to this many new nodes (an expansion, a search hit) join the overview without a full re-layout. */
const INCREMENTAL_MAX = 40;

/** Edge captions show when zoomed in at least this far (and on hover). */
const LABEL_ZOOM = 1.4;

declare global {
  interface Window {
    /** The explorer's cytoscape core, for tests and the console. */
    __cy?: Core;
  }
}

export interface GraphCanvasProps {
  doc: GraphDocument;
  lang: Lang;
  sizing: Sizing;
  layout: LayoutName;
  /** Names the position cache: views of different pages do not share positions. */
  scope: string;
  selected?: string;
  /** Centre on and highlight this node whenever n changes. */
  focus?: { id: string; n: number };
  pinned: string[];
  /** Bump to lay the view out afresh, ignoring remembered positions. */
  relayout: number;
  ariaLabel: string;
  onSelect: (id: string | undefined, opts?: { focus?: boolean }) => void;
  onExpand?: (id: string) => void;
  onReady?: (cy: Core) => void;
  /** auto: WebGL from bigView.WEBGL_FROM elements on. */
  renderer?: RendererChoice;
  /** The visible graph's centrality scores, when the sizing is by a centrality metric (useCentrality). */
  centrality?: Map<string, number>;
  /** Style rules' looks and slicers' faded elements (elements.ts). */
  extras?: ElementExtras;
}

/** Something running that a newer layout stops. */
interface Running {
  stop(): void;
}

function snapshot(cy: Core): Positions {
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  return out;
}

/** New nodes start beside a neighbour that is already placed (or the middle). */
function placeNearNeighbours(cy: Core, added: string[], placed: Set<string>, seed: number): void {
  const rnd = seededRandom(seed);
  const box = cy.nodes().filter((n) => placed.has(n.id())).boundingBox();
  const middle = { x: (box.x1 + box.x2) / 2 || 0, y: (box.y1 + box.y2) / 2 || 0 };
  for (const id of added) {
    const node = cy.getElementById(id);
    const anchor = node.neighborhood('node').filter((n) => placed.has(n.id())).first() as NodeSingular;
    const at = anchor.nonempty() ? anchor.position() : middle;
    const angle = rnd() * 2 * Math.PI;
    node.position({ x: at.x + 60 * Math.cos(angle), y: at.y + 60 * Math.sin(angle) });
  }
}

/**
 * The renderer and its viewport hints are chosen when cytoscape's core is
 * created, so a view that crosses a threshold of bigView.ts gets a new canvas
 * (at its remembered positions).
 */
export default function GraphCanvas(props: GraphCanvasProps) {
  const count = props.doc.nodes.length + props.doc.edges.length;
  const webgl = chooseWebgl(props.renderer ?? 'auto', count);
  const big = count >= QUIET_LABELS_FROM;
  return <Canvas key={`${webgl ? 'webgl' : 'canvas'}-${big ? 'big' : 'small'}`} {...props} webgl={webgl} big={big} />;
}

/** Applies a frame of the force layout: positions in the order of ids. */
function applyPositions(cy: Core, ids: string[], positions: Float64Array): void {
  cy.batch(() => {
    ids.forEach((id, i) => {
      const n = cy.getElementById(id);
      if (!n.locked()) n.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
    });
  });
}

/**
 * Fits the view to a frame's positions. cy.fit() measures every element's
 * bounding box, labels and edges included: seconds a frame for a big view.
 */
function fitPositions(cy: Core, positions: Float64Array, padding = 40): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    x1 = Math.min(x1, positions[i]!);
    x2 = Math.max(x2, positions[i]!);
    y1 = Math.min(y1, positions[i + 1]!);
    y2 = Math.max(y2, positions[i + 1]!);
  }
  if (!Number.isFinite(x1)) return;
  const w = cy.width() - 2 * padding;
  const h = cy.height() - 2 * padding;
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((x1 + x2) / 2), y: cy.height() / 2 - zoom * ((y1 + y2) / 2) } });
}

function Canvas(props: GraphCanvasProps & { webgl: boolean; big: boolean }) {
  const { doc, lang, sizing, layout, scope, selected, focus, pinned, relayout, ariaLabel, webgl, big, centrality, extras } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const latest = useRef(props);
  const keyRef = useRef('');
  const running = useRef<Running | null>(null);
  const userMoved = useRef(false);
  const holding = useRef(false);
  const laidOut = useRef(false);
  const lastRelayout = useRef(relayout);
  const lastLayout = useRef(layout);
  const placed = useRef(new Set<string>());
  useEffect(() => {
    latest.current = props;
  });

  const elements = useMemo(() => toElements(doc, lang, sizing, centrality, extras), [doc, lang, sizing, centrality, extras]);
  const style = useMemo(() => stylesheet(big), [big]);
  const nodeKey = useMemo(() => doc.nodes.map((n) => n.id).sort().join('|'), [doc]);

  const bound = useRef<Core | null>(null);
  const bind = useCallback((c: Core) => {
    if (bound.current === c) return;
    bound.current = c;
    window.__cy = c;
    c.on('tap', (e: EventObject) => {
      if (e.target === c) latest.current.onSelect(undefined);
      else latest.current.onSelect(e.target.id());
    });
    c.on('dbltap', 'node', (e: EventObject) => latest.current.onExpand?.(e.target.id()));
    c.on('mouseover', 'edge', (e: EventObject) => e.target.addClass('hover'));
    c.on('mouseout', 'edge', (e: EventObject) => e.target.removeClass('hover'));
    c.on('mouseover', 'node', (e: EventObject) => e.target.connectedEdges().addClass('hover'));
    c.on('mouseout', 'node', (e: EventObject) => e.target.connectedEdges().removeClass('hover'));
    let zoomed = false;
    c.on('zoom', () => {
      const z = c.zoom() >= LABEL_ZOOM;
      if (z !== zoomed) {
        zoomed = z;
        c.edges().toggleClass('zoomed', z);
      }
    });
    c.on('dragfree', 'node', () => {
      if (keyRef.current) savePositions(keyRef.current, snapshot(c));
    });
    // A layout in the worker keeps the view fitted until the user moves it.
    for (const type of ['pointerdown', 'wheel', 'keydown']) c.container()?.parentElement?.addEventListener(type, () => (userMoved.current = true), { passive: true });
    // A big view is not drawn until the layout's first frame: drawing
    // thousands of elements piled at the origin would only delay it.
    if (latest.current.doc.nodes.length + latest.current.doc.edges.length >= WORKER_LAYOUT_FROM) {
      c.startBatch();
      holding.current = true;
    }
    latest.current.onReady?.(c);
    setCy(c);
  }, []);

  useEffect(() => (cy && big ? quietLabelsWhileMoving(cy) : undefined), [cy, big]);
  useEffect(() => () => running.current?.stop(), []);

  // Pinned nodes are locked: neither layouts nor dragging move them.
  useLayoutEffect(() => {
    if (!cy) return;
    // Only the nodes whose state changes: a class change per node costs a
    // style pass, which thousands of nodes feel.
    const set = new Set(pinned);
    cy.batch(() => {
      cy.nodes('.pinned').forEach((n) => {
        if (!set.has(n.id())) n.unlock().removeClass('pinned');
      });
      for (const id of set) {
        const n = cy.getElementById(id);
        if (n.nonempty() && !n.hasClass('pinned')) n.lock().addClass('pinned');
      }
    });
  }, [cy, pinned, nodeKey]);

  // Lay out whenever the set of nodes, the layout or the relayout token change.
  // A view seen before comes back at its remembered positions. Otherwise:
  // nodes only removed → the others stay put; nodes added to an overview →
  // they start next to a neighbour and fCoSE settles them without moving the
  // rest far; anything else → the full layout, seeded from the view, so it
  // comes out the same every time. A big view (bigView.WORKER_LAYOUT_FROM)
  // is laid out by the force layout in a web worker instead, frame by frame.
  useLayoutEffect(() => {
    if (!cy) return;
    const ids = cy.nodes().map((n) => n.id());
    if (!ids.length) return;
    const key = viewKey(scope, layout, ids);
    keyRef.current = key;
    const first = !laidOut.current;
    laidOut.current = true;
    const forced = relayout !== lastRelayout.current;
    lastRelayout.current = relayout;
    const layoutChanged = layout !== lastLayout.current;
    lastLayout.current = layout;
    const before = placed.current;
    placed.current = new Set(ids);
    const added = ids.filter((id) => !before.has(id));
    const cached = forced ? undefined : loadPositions(key);
    running.current?.stop();
    // Pinned nodes that were already placed stay where they are; remembered
    // positions put every node back, pinned or not.
    const pins = new Set(latest.current.pinned);
    const usable = cached && ids.every((id) => cached[id]);
    cy.nodes().unlock();
    if (!usable) cy.nodes().filter((n) => pins.has(n.id()) && before.has(n.id())).lock();
    const container = cy.container();
    const release = () => {
      if (!holding.current) return;
      holding.current = false;
      cy.endBatch();
    };
    let marked = !first;
    const shown = () => {
      release();
      if (marked) return;
      marked = true;
      // After the frame that draws it: cytoscape renders in its own
      // animation-frame loop, which runs before a callback added now.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          performance.mark('landscape-interactive');
          container?.setAttribute('data-ready', 'true');
        }),
      );
    };
    const done = () => {
      running.current = null;
      capZoom(cy);
      cy.nodes().filter((n) => pins.has(n.id())).lock();
      savePositions(key, snapshot(cy));
      cy.edges().toggleClass('zoomed', cy.zoom() >= LABEL_ZOOM);
      shown();
      container?.setAttribute('data-layout', 'done');
      cy.emit('lg-settled');
    };
    container?.setAttribute('data-layout', 'running');
    const onlyRemoved = !first && !forced && !layoutChanged && added.length === 0;
    if (!usable && !onlyRemoved && cy.elements().length >= WORKER_LAYOUT_FROM && layout !== 'concentric') {
      // Big view: the force layout in a worker. Placed nodes start where they
      // are (new ones beside a neighbour) unless the view is laid out afresh.
      const fresh = first || forced || layoutChanged || before.size === 0;
      if (!fresh) placeNearNeighbours(cy, added, before, hashString(key));
      const start = new Float64Array(ids.length * 2).fill(NaN);
      if (!fresh) ids.forEach((id, i) => ({ x: start[2 * i], y: start[2 * i + 1] } = cy.getElementById(id).position()));
      const index = new Map(ids.map((id, i) => [id, i]));
      const links = new Uint32Array(cy.edges().length * 2);
      cy.edges().forEach((e, i) => {
        links[2 * i] = index.get(e.source().id())!;
        links[2 * i + 1] = index.get(e.target().id())!;
      });
      userMoved.current = false;
      let framed = false;
      running.current = runForceLayout(
        { ids, links, start, alpha: fresh ? 1 : 0.3 },
        (frame) => {
          applyPositions(cy, ids, frame.positions);
          if (!userMoved.current) fitPositions(cy, frame.positions);
          if (!framed) {
            framed = true;
            shown();
          }
          if (frame.done) done();
        },
        (message) => {
          console.error(`force layout: ${message}`);
          done();
        },
      );
      return;
    }
    release();
    const animate = !first && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const fixed = cy.nodes(':locked').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    let options: LayoutOptions;
    if (usable) {
      options = { name: 'preset', positions: cached, fit: true, padding: 40, animate, animationDuration: 500 };
    } else if (!first && !forced && !layoutChanged && added.length === 0) {
      options = { name: 'preset', positions: (n: NodeSingular) => ({ ...(n as NodeSingular).position() }), fit: true, padding: 40, animate, animationDuration: 400 } as LayoutOptions;
    } else if (!first && !forced && !layoutChanged && layout === 'fcose' && before.size > 0 && added.length <= INCREMENTAL_MAX) {
      placeNearNeighbours(cy, added, before, hashString(key));
      options = { ...layoutOptions('fcose', animate, fixed), randomize: false } as LayoutOptions;
    } else {
      options = layoutOptions(layout, animate, fixed);
    }
    const l = cy.layout(options);
    running.current = l;
    userMoved.current = false;
    l.one('layoutstop', done);
    withSeededRandom(hashString(key), () => l.run());
  }, [cy, nodeKey, layout, relayout, scope]);


  useEffect(() => {
    if (!cy) return;
    cy.elements(':selected').unselect();
    if (selected) cy.getElementById(selected).select();
  }, [cy, selected, elements]);

  useEffect(() => {
    if (!cy || !focus) return;
    const go = () => focusOn(cy, focus.id);
    if (running.current) cy.one('lg-settled', go);
    else go();
    // Only when a new focus is asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, focus?.n]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!cy) return;
    const step = 60;
    const nodes = cy.nodes().sort((a, b) => String(a.data('caption')).localeCompare(String(b.data('caption'))));
    const at = selected ? nodes.toArray().findIndex((n) => n.id() === selected) : -1;
    const keys: Record<string, () => void> = {
      '+': () => zoomBy(cy, 1.25),
      '=': () => zoomBy(cy, 1.25),
      '-': () => zoomBy(cy, 0.8),
      '0': () => fit(cy),
      ArrowLeft: () => panBy(cy, step, 0),
      ArrowRight: () => panBy(cy, -step, 0),
      ArrowUp: () => panBy(cy, 0, step),
      ArrowDown: () => panBy(cy, 0, -step),
      ']': () => nodes.length && latest.current.onSelect(nodes[(at + 1) % nodes.length]!.id(), { focus: true }),
      '[': () => nodes.length && latest.current.onSelect(nodes[(at - 1 + nodes.length) % nodes.length]!.id(), { focus: true }),
      Escape: () => latest.current.onSelect(undefined),
      Enter: () => selected && latest.current.onExpand?.(selected),
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  };

  return (
    <div className="canvas-frame" tabIndex={0} role="application" aria-label={ariaLabel} onKeyDown={onKeyDown}>
      <CytoscapeView
        webgl={webgl}
        // A big canvas view moves as a picture of itself, without edges,
        // while the user drags or zooms; WebGL draws them fast enough.
        hideEdgesOnViewport={big && !webgl}
        textureOnViewport={big && !webgl}
        elements={elements}
        stylesheet={style}
        cy={bind}
        className="cy"
        minZoom={0.1}
        maxZoom={4}
        boxSelectionEnabled={false}
      />
    </div>
  );
}
