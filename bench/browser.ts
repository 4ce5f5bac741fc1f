// The explorer in Chromium (Debian's, as in the browser tests) against a
// running server: for views of 1k–50k elements, with the canvas and the WebGL
// renderer, the time from navigation to the first drawn frame, the time until
// the force layout has settled, and frames per second during a scripted pan
// and zoom. Every view opens in a fresh browser context: no remembered
// positions, no warm caches.
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/browser/browser';

export type Renderer = 'canvas' | 'webgl';

export interface RenderRow {
  size: number;
  renderer: Renderer;
  nodes: number;
  edges: number;
  /** Navigation start → the first frame with every element drawn. */
  firstRenderMs: number;
  /** Navigation start → the force layout (web worker) done. */
  layoutMs: number | null;
  fps: number;
  /** The longest frame during the pan/zoom. */
  worstFrameMs: number;
  /** What the browser says draws WebGL here (SwiftShader is a CPU rasteriser). */
  glRenderer: string;
}

/**
 * Counts animation frames until stopped. A string, not a function: tsx's
 * transform would wrap inner functions in a helper the page does not have.
 */
const COUNT_FRAMES = `(() => {
  const f = { frames: 0, worst: 0, start: performance.now(), last: performance.now(), on: true };
  window.__frameCount = f;
  const step = (now) => {
    f.frames++;
    f.worst = Math.max(f.worst, now - f.last);
    f.last = now;
    if (f.on) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})()`;
const STOP_COUNTING = `(() => {
  const f = window.__frameCount;
  f.on = false;
  return { frames: f.frames, worst: f.worst, ms: performance.now() - f.start };
})()`;

/** How long the drag may take (the wheel steps get half as long again). */
const INPUT_MS = 8_000;

/**
 * A user's pan and zoom through real input events (Chromium's input
 * pipeline, as a mouse makes them): a drag on the background in a circle,
 * then wheel steps in and out over the middle of the graph.
 */
async function panAndZoom(page: Page): Promise<{ frames: number; worst: number; ms: number }> {
  const box = (await page.locator('.cy').boundingBox())!;
  // The view is fitted with 40 px of padding: the corner is background.
  const x0 = box.x + 16;
  const y0 = box.y + 16;
  await page.mouse.move(x0, y0);
  await page.evaluate(COUNT_FRAMES);
  // Each input waits until the page has handled it, so a slow page gets
  // fewer of them: the gesture is cut short after INPUT_MS.
  const deadline = Date.now() + INPUT_MS;
  await page.mouse.down();
  for (let i = 1; i <= 90 && Date.now() < deadline; i++) {
    const a = (i / 90) * 2 * Math.PI;
    await page.mouse.move(x0 + 120 * Math.sin(a), y0 + 80 * (1 - Math.cos(a)));
  }
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40 && Date.now() < deadline + INPUT_MS / 2; i++) await page.mouse.wheel(0, i < 20 ? -60 : 60);
  await page.waitForTimeout(300);
  return (await page.evaluate(STOP_COUNTING)) as { frames: number; worst: number; ms: number };
}

async function measureView(browser: Browser, url: string, size: number, renderer: Renderer): Promise<RenderRow> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/?labels=all&max=${size}&renderer=${renderer}`);
    // Polling, not a MutationObserver, and slowly: the probe must not compete with the page.
    await page.waitForFunction(() => document.querySelector('.cy')?.getAttribute('data-ready') === 'true', null, { timeout: 180_000, polling: 250 });
    const firstRenderMs = await page.evaluate(() => performance.getEntriesByName('landscape-interactive')[0]!.startTime);
    let layoutMs: number | null = null;
    await page.waitForFunction(() => document.querySelector('.cy')?.getAttribute('data-layout') === 'done', null, { timeout: 180_000, polling: 250 });
    layoutMs = await page.evaluate(() => performance.now());
    const counts = await page.evaluate(() => ({ nodes: window.__cy!.nodes().length, edges: window.__cy!.edges().length }));
    const glRenderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : 'none';
    });
    const { frames, worst, ms } = await panAndZoom(page);
    return { size, renderer, ...counts, firstRenderMs, layoutMs, fps: frames / (ms / 1000), worstFrameMs: worst, glRenderer };
  } finally {
    await context.close();
  }
}

/**
 * Canvas views run in Chromium as the browser tests run it (no GPU: Skia
 * rasterises 2D canvas on the CPU); WebGL views need a GL implementation,
 * which on this machine is SwiftShader, a CPU emulation of a GPU. With
 * SwiftShader on, Chromium also draws 2D canvas through it, several times
 * slower, so each renderer gets the browser set up for it.
 */
export async function measureRendering(url: string, sizes: number[], log: (msg: string) => void): Promise<RenderRow[]> {
  const browsers = { canvas: await launch(), webgl: await launch({ webgl: true }) };
  const rows: RenderRow[] = [];
  try {
    for (const size of sizes) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        log(`browser: ${size} elements, ${renderer}…`);
        rows.push(await measureView(browsers[renderer], url, size, renderer));
      }
    }
  } finally {
    await Promise.all(Object.values(browsers).map((b) => b.close()));
  }
  return rows;
}
