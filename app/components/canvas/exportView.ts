// Exports of the current view: PNG and SVG pictures of the canvas, and the
// visible elements as JSON in the export format (npm run export).
import type { Core } from 'cytoscape';
import type { GraphDocument } from '@/graph/model';

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(cy: Core, name: string): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
  download(blob, `${name}.png`);
}

let svgRegistered: Promise<void> | undefined;

/** cytoscape-svg touches window when loaded, so it is loaded on first use. */
export async function exportSvg(cy: Core, name: string): Promise<void> {
  svgRegistered ??= Promise.all([import('cytoscape'), import('cytoscape-svg')]).then(([c, s]) => {
    c.default.use(s.default);
  });
  await svgRegistered;
  const svg = (cy as Core & { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  download(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
}

export function exportJson(doc: GraphDocument, name: string): void {
  download(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }), `${name}.json`);
}
