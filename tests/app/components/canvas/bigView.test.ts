// How the canvas copes with big views: the renderer it picks and the labels it
// hides while the view moves (on a real, headless cytoscape core).
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { chooseWebgl, quietLabelsWhileMoving, WEBGL_FROM } from '../../../../app/components/canvas/bigView';

describe('choosing the renderer', () => {
  it('follows an explicit choice whatever the size', () => {
    expect(chooseWebgl('webgl', 10, () => false)).toBe(true);
    expect(chooseWebgl('canvas', 1_000_000, () => true)).toBe(false);
  });

  it('on auto, uses WebGL only for big views and only where a GPU draws it', () => {
    expect(chooseWebgl('auto', WEBGL_FROM - 1, () => true)).toBe(false);
    expect(chooseWebgl('auto', WEBGL_FROM, () => true)).toBe(true);
    expect(chooseWebgl('auto', 50_000, () => false)).toBe(false);
  });

  it('does not ask about the GPU for a small view', () => {
    const gpu = vi.fn(() => true);
    chooseWebgl('auto', 100, gpu);
    expect(gpu).not.toHaveBeenCalled();
  });
});

describe('labels while the view moves', () => {
  const core = () =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }],
    });

  it('hides node labels from the first pan until the view has been still, then shows them', async () => {
    vi.useFakeTimers();
    try {
      const cy = core();
      const stop = quietLabelsWhileMoving(cy, 150);
      cy.panBy({ x: 10, y: 0 });
      expect(cy.nodes('.moving').length).toBe(2);
      vi.advanceTimersByTime(100);
      cy.zoom(2);
      vi.advanceTimersByTime(100);
      expect(cy.nodes('.moving').length).toBe(2); // still moving: 100 ms since the zoom
      vi.advanceTimersByTime(60);
      expect(cy.nodes('.moving').length).toBe(0);
      stop();
      cy.panBy({ x: 10, y: 0 });
      expect(cy.nodes('.moving').length).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the labels again when stopped in the middle of a move', () => {
    const cy = core();
    const stop = quietLabelsWhileMoving(cy);
    cy.panBy({ x: 10, y: 0 });
    stop();
    expect(cy.nodes('.moving').length).toBe(0);
  });
});
