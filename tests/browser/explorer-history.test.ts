// Undo/redo, Collapse and saved views of the explorer in a real browser,
// against the real app on the app tests' engine (LadybugDB; the test Neo4j
// under `npm run test:neo4j`).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, canvasReady, openExplorer } from './browser';

const app = appInBrowser();

const openLandscape = (search: string): Promise<Page> => openExplorer(app, search, { width: 1400, height: 900 });
const nodeCount = (page: Page) => page.evaluate(() => window.__cy!.nodes().length);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('undo and redo', () => {
  it('undoes a filter and a layout change with Ctrl+Z, redoes them with Shift+Ctrl+Z, and the buttons say what is possible', async () => {
    const page = await openLandscape('?lang=en');
    const all = await nodeCount(page);
    await page.getByRole('radio', { name: 'Independent', exact: true }).click();
    await page.waitForFunction((n) => window.__cy!.nodes().length < n, all);
    await page.getByLabel('Layout').selectOption('concentric');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('layout') === 'concentric');
    await page.locator('.canvas-frame').focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('layout') === null);
    expect(param(page, 'independent')).toBe('true');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => window.__cy!.nodes().length === n, all);
    expect(await page.getByRole('button', { name: '↶ Undo' }).isDisabled()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('independent') === 'true');
    await page.getByRole('button', { name: '↷ Redo' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('layout') === 'concentric');
    expect(await page.getByRole('button', { name: '↷ Redo' }).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('collapses what expanding a node brought into the view', async () => {
    const page = await openLandscape('?lang=en&sel=av-paas');
    const before = await nodeCount(page);
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.waitForFunction((n) => window.__cy!.nodes().length > n, before);
    await page.getByRole('button', { name: 'Collapse' }).click();
    await page.waitForFunction((n) => window.__cy!.nodes().length === n, before);
    expect(await page.getByRole('button', { name: 'Collapse' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('saved views', () => {
  it('names the current view, lists it after a reload, and reopens it from its link', async () => {
    const page = await openLandscape('?lang=en&independent=true&layout=concentric');
    await page.locator('.saved-views > summary').click();
    await page.getByLabel('Name of this view').fill('Independents, concentric');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.goto(`${app.server.url}/?lang=en`);
    await canvasReady(page);
    await page.locator('.saved-views > summary').click();
    await page.getByRole('link', { name: 'Independents, concentric' }).click();
    await page.waitForURL(/independent=true/);
    await canvasReady(page);
    expect(param(page, 'layout')).toBe('concentric');
    await page.locator('.saved-views > summary').click();
    await page.getByRole('button', { name: 'Delete the view Independents, concentric' }).click();
    expect(await page.getByText('No saved views yet.').count()).toBe(1);
    await page.context().close();
  });
});
