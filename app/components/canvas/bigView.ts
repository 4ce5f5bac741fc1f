// How the canvas copes with big views. The thresholds come from `npm run bench`
// (Chromium on this project's 2-core machine, see the README's Performance
// section): below them cytoscape's canvas renderer and fCoSE on the main thread
// are smooth and look best; above them a force layout in a web worker, labels
// (and, on the canvas renderer, edges) hidden while the view moves, and the
// WebGL renderer where a GPU draws it keep the tab responsive.
import type { Core } from 'cytoscape';

/**
 * Elements (nodes + relationships) from which the canvas uses the WebGL
 * renderer, given a GPU: where the canvas renderer stops holding 60 fps
 * while panning (54 fps at 5,000 here).
 */
export const WEBGL_FROM = 5_000;
/**
 * Elements from which fCoSE and dagre give way to the force layout in a web
 * worker: fCoSE took 2.7 s for 1,000 elements on the main thread here. The
 * real landscape (349 elements with every label shown) stays on fCoSE.
 */
export const WORKER_LAYOUT_FROM = 800;
/** Elements from which node labels are hidden while the user pans or zooms. */
export const QUIET_LABELS_FROM = 2_000;

/** Elements the explorer loads at first; "load more" adds LOAD_MORE_STEP at a time. */
export const DEFAULT_VIEW_MAX = 20_000;
export const LOAD_MORE_STEP = 10_000;

export type RendererChoice = 'auto' | 'canvas' | 'webgl';
export const rendererChoices: RendererChoice[] = ['auto', 'canvas', 'webgl'];

/**
 * WebGL pays only where a GPU draws it. Measured here (no GPU, so WebGL runs
 * on SwiftShader, a CPU emulation): the canvas renderer pans 1,000–20,000
 * elements at 35–60 fps, WebGL at 1–12 fps. So auto picks WebGL only when
 * the browser's WebGL is not a software rasteriser.
 */
export function chooseWebgl(choice: RendererChoice, elements: number, hardwareGl: () => boolean = hasHardwareGl): boolean {
  if (choice !== 'auto') return choice === 'webgl';
  return elements >= WEBGL_FROM && hardwareGl();
}

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;
let hardware: boolean | undefined;

/** Whether this browser's WebGL 2 is drawn by a GPU (asked once). */
export function hasHardwareGl(): boolean {
  if (hardware !== undefined) return hardware;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl ? String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : '';
    hardware = !!gl && !SOFTWARE_GL.test(name);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    hardware = false;
  }
  return hardware;
}

/**
 * Hides node labels from the first pan or zoom event until the view has been
 * still for quietMs: drawing thousands of labels is what makes a big view
 * stutter while it moves. Returns a function that stops it.
 */
export function quietLabelsWhileMoving(cy: Core, quietMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    timer = undefined;
    cy.nodes().removeClass('moving');
  };
  const onViewport = () => {
    if (timer === undefined) cy.nodes().addClass('moving');
    else clearTimeout(timer);
    timer = setTimeout(settle, quietMs);
  };
  cy.on('viewport', onViewport);
  return () => {
    cy.off('viewport', onViewport);
    if (timer !== undefined) {
      clearTimeout(timer);
      settle();
    }
  };
}
