// Debian's Chromium driven by playwright-core (no browser download), and
// helpers to open the explorer and read its cytoscape state.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { appEngine } from '../engines';
import { repoRoot } from '../helpers';

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
