// Centrality of a big view off the page's main thread (centrality.ts).
import { centrality, type CentralityInput } from './centrality';

self.onmessage = (e: MessageEvent<CentralityInput & { id: number }>) => {
  const { id, ...input } = e.data;
  self.postMessage({ id, scores: [...centrality(input)] });
};
