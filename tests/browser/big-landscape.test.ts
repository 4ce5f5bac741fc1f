// The explorer on a landscape far bigger than a tab draws at once: a
// generated one (3,000 providers: about 6,000 nodes and 30,000
// relationships), bulk-loaded into the app tests' engine (real Kuzu, or the
// test Neo4j under `npm run test:neo4j`) and served by the real app. The
// view is capped and says so, loads more on request, lays out in a web
// worker, hides labels while moving, pages a hub's expansion in chunks, and
// picks its renderer by what the browser's WebGL is.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../graph/config';
import { generateLandscape } from '../../graph/generate/landscape';
import { writeLandscape } from '../../graph/generate/write';
import { Landscape } from '../../graph/landscape/view';
import { seedConfigured } from '../../graph/seed/engine';
import { startServer, type RunningServer } from '../app/server';
import { appEngine, engineEnv } from '../engines';
import { tempDir } from '../helpers';
import { launch, newPage, screenshot } from './browser';

const PROVIDERS = 3_000;
const SEED = 5;
const doc = generateLandscape({ providers: PROVIDERS, seed: SEED });
const landscape = new Landscape(doc);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const cypherDir = tempDir('lg-big-bulk-');
  writeLandscape(doc, cypherDir, { format: 'bulk', providers: PROVIDERS, seed: SEED });
  const env = { LANDSCAPE_DATA_DIR: tempDir('lg-big-data-'), LANDSCAPE_CYPHER_DIR: cypherDir };
  await seedConfigured(loadConfig({ ...process.env, ...engineEnv(appEngine()), ...env }), { force: true });
  server = await startServer(env, { deadlineMs: 120_000 });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openView(search: string, b = browser): Promise<Page> {
  const { page } = await newPage(b);
  await page.goto(`${server.url}/${search}`);
  await page.waitForSelector('.cy[data-ready="true"]', { state: 'attached', timeout: 60_000 });
  await page.waitForSelector('.cy[data-layout="done"]', { state: 'attached', timeout: 60_000 });
  return page;
}

const counts = (page: Page) => page.evaluate(() => ({ nodes: window.__cy!.nodes().length, edges: window.__cy!.edges().length }));
const nodeSet = async (page: Page) => new Set(await page.evaluate(() => window.__cy!.nodes().map((n) => n.id())));

describe('a capped view', () => {
  it('draws at most max elements, most connected first, and says how many of how many', async () => {
    const page = await openView('?lang=en&labels=all&max=3000');
    const shown = await counts(page);
    expect(shown.nodes + shown.edges).toBeLessThanOrEqual(3_000);
    expect(shown.nodes + shown.edges).toBeGreaterThan(2_500);
    const status = await page.locator('.loaded-of').textContent();
    expect(status).toContain(`Loaded ${shown.nodes.toLocaleString('en-US')} of ${doc.nodes.length.toLocaleString('en-US')} nodes`);
    expect(status).toContain(`${shown.edges.toLocaleString('en-US')} of ${doc.edges.length.toLocaleString('en-US')} relationships`);
    // The biggest hub of the landscape is in the view.
    const hub = doc.nodes.reduce((a, b) => (landscape.degree(b.id) > landscape.degree(a.id) ? b : a));
    expect(await nodeSet(page)).toContain(hub.id);
    await screenshot(page, '30-big-capped-view');
    await page.context().close();
  });

  it('loads more on request and keeps what it showed', async () => {
    const page = await openView('?lang=en&labels=all&max=3000');
    const before = await nodeSet(page);
    await page.getByRole('button', { name: 'Load 10,000 more elements' }).click();
    await page.waitForFunction(() => window.__cy!.elements().length > 3_000, null, { timeout: 60_000 });
    expect(page.url()).toContain('max=13000');
    const after = await nodeSet(page);
    expect(after.size).toBeGreaterThan(before.size);
    for (const id of before) expect(after.has(id)).toBe(true);
    await page.context().close();
  });

  it('brings in a selected node the capped view does not hold, with its details', async () => {
    const rare = doc.nodes.filter((n) => n.labels[0] === 'Provider').reduce((a, b) => (landscape.degree(b.id) < landscape.degree(a.id) ? b : a));
    expect(landscape.view({}, 500).nodes.some((n) => n.id === rare.id)).toBe(false);
    const page = await openView(`?lang=en&labels=all&max=500&sel=${rare.id}`);
    await page.waitForFunction((id) => window.__cy!.getElementById(id).nonempty(), rare.id, { timeout: 30_000 });
    expect(await page.locator('#details-title').textContent()).toBe(String(rare.properties.name_en));
    await page.context().close();
  });

  it('refuses a max out of range in the API, and the page falls back to the default cap of 20,000', async () => {
    expect((await fetch(`${server.url}/api/graph?max=-5`)).status).toBe(400);
    const page = await openView('?lang=en&labels=all&max=lots');
    const shown = await counts(page);
    expect(shown.nodes + shown.edges).toBeLessThanOrEqual(20_000);
    expect(shown.nodes + shown.edges).toBeGreaterThan(19_000);
    expect(await page.locator('.loaded-of').textContent()).toContain(`of ${doc.nodes.length.toLocaleString('en-US')} nodes`);
    await page.context().close();
  });
});

describe('laying out a big view', () => {
  it('spreads the nodes with the force layout in a web worker, not in one pile', async () => {
    const page = await openView('?lang=en&labels=all&max=3000');
    const box = await page.evaluate(() => window.__cy!.nodes().boundingBox({}));
    expect(box.w).toBeGreaterThan(300);
    expect(box.h).toBeGreaterThan(300);
    // Distinct positions: no two of the first hundred nodes share a spot.
    const spots = await page.evaluate(() => window.__cy!.nodes().slice(0, 100).map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
    expect(new Set(spots).size).toBe(spots.length);
    await page.context().close();
  });

  it('sizes a big view by betweenness computed in a web worker and lists its most central nodes', async () => {
    const page = await openView('?lang=en&labels=all&max=3000&size=betweenness');
    await page.locator('.central-table tbody tr').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.central-table tbody tr').count()).toBe(10);
    const first = await page.locator('.central-table tbody tr').first().getAttribute('data-node');
    // The most central node is drawn the largest.
    const sizes = await page.evaluate((id) => {
      const all = window.__cy!.nodes().map((n) => Number(n.data('size')));
      return { top: Number(window.__cy!.getElementById(id!).data('size')), max: Math.max(...all), min: Math.min(...all) };
    }, first);
    expect(sizes.top).toBe(sizes.max);
    expect(sizes.max).toBeGreaterThan(sizes.min);
    await page.context().close();
  });

  it('hides node labels while the view moves and brings them back when it stops', async () => {
    const page = await openView('?lang=en&labels=all&max=3000');
    // Checked in the same task as the pan: the labels come back 150 ms after the last move.
    const during = await page.evaluate(() => {
      const cy = window.__cy!;
      const before = cy.nodes('.moving').length;
      cy.panBy({ x: 40, y: 10 });
      return { before, after: cy.nodes('.moving').length, nodes: cy.nodes().length };
    });
    expect(during).toEqual({ before: 0, after: during.nodes, nodes: during.nodes });
    await page.waitForFunction(() => window.__cy!.nodes('.moving').length === 0, null, { timeout: 5_000 });
    await page.context().close();
  });
});

describe('expanding a hub', () => {
  it('brings its relationships in chunks of 1,000 and offers the next chunk', async () => {
    const hub = doc.nodes.reduce((a, b) => (landscape.degree(b.id) > landscape.degree(a.id) ? b : a));
    const total = landscape.degree(hub.id);
    expect(total).toBeGreaterThan(1_000); // the landscape must have a hub for this test to mean anything
    const page = await openView(`?lang=en&labels=all&max=500&sel=${hub.id}`);
    const before = (await counts(page)).nodes;
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    const line = page.locator('.expansion-line');
    await line.waitFor();
    expect(await line.textContent()).toContain(`1,000 of ${total.toLocaleString('en-US')} relationships expanded`);
    await page.waitForFunction((n) => window.__cy!.nodes().length > n, before, { timeout: 60_000 });
    const afterFirst = (await counts(page)).nodes;
    const rest = total - 1_000;
    expect(rest).toBeLessThan(1_000);
    await line.getByRole('button', { name: `Expand the next ${rest}` }).click();
    const all = `${total.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} relationships expanded`;
    await page.waitForFunction((text) => document.querySelector('.expansion-line')?.textContent?.includes(text), all, { timeout: 60_000 });
    expect(await line.getByRole('button').count()).toBe(0);
    await page.waitForFunction((n) => window.__cy!.nodes().length > n, afterFirst, { timeout: 60_000 });
    await screenshot(page, '31-big-hub-expanded');
    await page.context().close();
  });
});

describe('choosing the renderer', () => {
  const webglLayer = (page: Page) => page.evaluate(() => !!document.querySelector('.cy canvas[data-id$="webgl"]'));

  it('keeps the canvas renderer when WebGL is a software rasteriser, even for a big view', async () => {
    const gl = await launch({ webgl: true });
    try {
      const page = await openView('?lang=en&labels=all&max=8000', gl);
      expect(await webglLayer(page)).toBe(false);
      await page.context().close();
    } finally {
      await gl.close();
    }
  });

  it('uses the WebGL renderer when the URL asks for it', async () => {
    const gl = await launch({ webgl: true });
    try {
      const page = await openView('?lang=en&labels=all&max=3000&renderer=webgl', gl);
      expect(await webglLayer(page)).toBe(true);
      expect((await counts(page)).nodes).toBeGreaterThan(100);
      await screenshot(page, '32-big-webgl');
      await page.context().close();
    } finally {
      await gl.close();
    }
  });
});
