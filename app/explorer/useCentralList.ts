'use client';
// Centrality of what is shown, when the nodes are sized by a metric: the
// scores for the canvas, and the most central nodes for the legend's table.
import { useMemo } from 'react';
import type { GraphDocument, GraphNode } from '@/graph/model';
import { ranked } from '../components/canvas/centrality';
import { isMetric, type SizeBy } from '../components/canvas/sizing';
import { useCentrality } from '../components/canvas/useCentrality';
import type { Lang } from '../components/shared/i18n';
import { nameOf } from '../components/shared/names';

/** Nodes the legend lists by centrality. */
const CENTRAL_LISTED = 10;

export function useCentralList(shown: GraphDocument, size: SizeBy, byId: Map<string, GraphNode> | undefined, lang: Lang) {
  const scores = useCentrality(shown, isMetric(size) ? size : undefined);
  const central = useMemo(() => scores && ranked(scores, CENTRAL_LISTED).map(([id, score]) => ({ id, score, name: nameOf(byId?.get(id), lang) })), [scores, byId, lang]);
  return { scores, central };
}
