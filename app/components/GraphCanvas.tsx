'use client';
// The graph canvas: cytoscape.js through react-cytoscapejs. Loaded on the
// client only (next/dynamic, ssr: false) so that cytoscape and its layouts
// stay out of the page's first-load JavaScript. Reusable: it draws any graph
// document, and reports taps, double-taps and its core to its parent.
import cytoscape, { type Core, type EventObject, type LayoutOptions, type Layouts, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { GraphDocument } from '@/graph/model';
import { toElements } from './elements';
import { stylesheet } from './graphStyle';
import type { Lang } from './i18n';
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

export default function GraphCanvas(props: GraphCanvasProps) {
  const { doc, lang, sizing, layout, scope, selected, focus, pinned, relayout, ariaLabel } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const latest = useRef(props);
  const keyRef = useRef('');
  const running = useRef<Layouts | null>(null);
  const laidOut = useRef(false);
  const lastRelayout = useRef(relayout);
  const lastLayout = useRef(layout);
  const placed = useRef(new Set<string>());
  useEffect(() => {
    latest.current = props;
  });

  const elements = useMemo(() => toElements(doc, lang, sizing), [doc, lang, sizing]);
  const style = useMemo(() => stylesheet(), []);
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
    latest.current.onReady?.(c);
    setCy(c);
  }, []);

  // Pinned nodes are locked: neither layouts nor dragging move them.
  useLayoutEffect(() => {
    if (!cy) return;
    const set = new Set(pinned);
    cy.nodes().forEach((n) => {
      const on = set.has(n.id());
      if (on) n.lock();
      else n.unlock();
      n.toggleClass('pinned', on);
    });
  }, [cy, pinned, nodeKey]);

  // Lay out whenever the set of nodes, the layout or the relayout token change.
  // A view seen before comes back at its remembered positions. Otherwise:
  // nodes only removed → the others stay put; nodes added to an overview →
  // they start next to a neighbour and fCoSE settles them without moving the
  // rest far; anything else → the full layout, seeded from the view, so it
  // comes out the same every time.
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
    const done = () => {
      running.current = null;
      capZoom(cy);
      cy.nodes().filter((n) => pins.has(n.id())).lock();
      savePositions(key, snapshot(cy));
      cy.edges().toggleClass('zoomed', cy.zoom() >= LABEL_ZOOM);
      if (first) {
        performance.mark('landscape-interactive');
        cy.container()?.setAttribute('data-ready', 'true');
      }
      cy.emit('lg-settled');
    };
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
      <CytoscapeComponent
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
