// Debian's Chromium driven by playwright-core (no browser download), and
// helpers to open the explorer and read its cytoscape state.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../app/server';
import { appEngine } from '../engines';
import { repoRoot } from '../helpers';
import { serverUnderTest } from './external';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** test-results/screenshots/, or test-results/screenshots-neo4j/ for the app on Neo4j (`npm run test:neo4j`). */
export const screenshotDir = path.join(repoRoot, 'test-results', appEngine() === 'ladybugdb' ? 'screenshots' : `screenshots-${appEngine()}`);

/** webgl: WebGL through SwiftShader (no GPU here), for cytoscape's WebGL renderer. */
export async function launch(opts: { webgl?: boolean } = {}): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      ...(opts.webgl ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : ['--disable-gpu']),
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, opts: { width?: number; height?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    acceptDownloads: true,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
  return { context, page };
}

/** The app and the Chromium a spec drives: set once its `beforeAll` has run. */
export interface AppInBrowser {
  server: RunningServer;
  browser: Browser;
}

/**
 * Starts the app (by default `next start` on data of its own, or the one at LG_BROWSER_URL while developing:
 * external.ts) and Chromium before the spec's tests, and stops both after them.
 */
export function appInBrowser(start: () => Promise<RunningServer> = () => serverUnderTest(startServer)): AppInBrowser {
  const app = {} as AppInBrowser;
  beforeAll(async () => {
    app.server = await start();
    app.browser = await launch();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/** A new page of the explorer at `search` (`?lang=en…`), its canvas laid out. */
export async function openExplorer(app: AppInBrowser, search: string, viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await newPage(app.browser, viewport);
  await page.goto(`${app.server.url}/${search}`);
  await canvasReady(page);
  return page;
}

/** Waits until the canvas has laid out its first view. */
export async function canvasReady(page: Page): Promise<void> {
  // Attached, not visible: in the list view the canvas stays laid out behind the tables.
  await page.waitForSelector('.cy[data-ready="true"]', { state: 'attached', timeout: 30_000 });
}

/** Waits for running layouts and animations to end. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = window.__cy;
    const busy = (x: { animated(): boolean }) => x.animated();
    return !!cy && !cy.nodes().toArray().some((n) => busy(n as unknown as { animated(): boolean })) && !cy.animated();
  });
}

export async function nodeIds(page: Page, selector = 'node'): Promise<string[]> {
  return page.evaluate((sel) => window.__cy!.nodes(sel).map((n) => n.id()).sort(), selector);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
