// Zoom, pan and fit on a cytoscape core, shared by the buttons and the keyboard.
import type { Core } from 'cytoscape';

export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
}

/** Fitting a handful of nodes would blow them up past readable size. */
const MAX_FIT_ZOOM = 1.4;

export function capZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

export function fit(cy: Core): void {
  cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250, complete: () => capZoom(cy) });
}

export function panBy(cy: Core, dx: number, dy: number): void {
  cy.panBy({ x: dx, y: dy });
}

/** Centres on a node and marks it; keeps the zoom unless it is too far out to read. */
export function focusOn(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.elements('.highlight').removeClass('highlight');
  node.addClass('highlight');
  cy.stop();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.5) }, { duration: 400 });
}
