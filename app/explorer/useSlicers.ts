'use client';
// The slicers applied to the visible elements: in "hide" mode the elements
// outside a range leave the view, in "fade" mode they stay, faded (the canvas
// draws them so, elements.ts). Centrality, the list and the export then work
// on what is shown.
import { useMemo } from 'react';
import type { GraphDocument } from '@/graph/model';
import { slicedOut, type SliceMode, type Slicer } from './slicer';

export function useSlicers(visible: GraphDocument, slicers: Slicer[], mode: SliceMode): { shown: GraphDocument; faded?: Set<string> } {
  const out = useMemo(() => (slicers.length ? slicedOut(visible, slicers) : undefined), [visible, slicers]);
  return useMemo(() => {
    if (!out?.size) return { shown: visible };
    if (mode === 'fade') return { shown: visible, faded: out };
    return { shown: { nodes: visible.nodes.filter((n) => !out.has(n.id)), edges: visible.edges.filter((e) => !out.has(e.id)) } };
  }, [visible, out, mode]);
}
