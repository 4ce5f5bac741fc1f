// Paths between two nodes in the explorer, in a real browser against the real
// app on the app tests' engine (LadybugDB; the test Neo4j under `npm run test:neo4j`):
// "how does Competitor D reach end users?" answered in a few keystrokes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, canvasReady, newPage, screenshot } from './browser';

const app = appInBrowser();

async function pathFrom(page: Page, label: string, to: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(to);
  await page.locator('.path-panel [role=option]', { hasText: to }).first().waitFor();
  await box.press('Enter');
}
const onPath = (page: Page) => page.evaluate(() => window.__cy!.elements('.on-path').map((e) => e.id()).sort());

describe('paths', () => {
  it('shows how Competitor D reaches end users: the shortest path listed step by step and highlighted on the canvas', async () => {
    const { page } = await newPage(app.browser, { width: 1400, height: 1000 });
    await page.goto(`${app.server.url}/?lang=en&sel=competitor-d`);
    await canvasReady(page);
    await pathFrom(page, 'Path from Competitor D to…', 'End user');
    await page.locator('.path-list li[data-path="0"]').waitFor();
    const steps = await page.locator('.path-list li[data-path="0"] .path-steps > li').allInnerTexts();
    expect(steps.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['Competitor D', expect.stringMatching(/^→ .+ PaaS provider$/), expect.stringMatching(/^→ .+ End user$/)]);
    await page.waitForFunction(() => window.__cy!.elements('.on-path').length === 5);
    expect(await onPath(page)).toEqual(['PLAYS_ROLE:competitor-d->paas-provider', 'SUPPLIES:paas-provider->end-user', 'competitor-d', 'end-user', 'paas-provider'].sort());
    await screenshot(page, 'path-shortest');

    await page.getByRole('button', { name: 'All paths up to 3 hops' }).click();
    await page.locator('.path-list li[data-path="3"]').waitFor();
    expect(await page.locator('.path-list > li').count()).toBe(4);
    await page.getByRole('button', { name: 'Path 4 · 3 hops' }).click();
    await page.waitForFunction(() => window.__cy!.elements('.on-path').length === 7);
    await page.getByRole('button', { name: 'Clear path' }).click();
    await page.waitForFunction(() => window.__cy!.elements('.on-path').length === 0);
    await page.context().close();
  });

  it('puts the path in the URL, and a shared link reopens it: the question, the paths listed, the one drawn', async () => {
    const { page } = await newPage(app.browser, { width: 1400, height: 1000 });
    await page.goto(`${app.server.url}/?lang=en&sel=competitor-d`);
    await canvasReady(page);
    await pathFrom(page, 'Path from Competitor D to…', 'End user');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('path') === 'competitor-d,end-user');
    await page.getByRole('button', { name: 'All paths up to 3 hops' }).click();
    await page.locator('.path-list li[data-path="3"]').waitFor();
    await page.getByRole('button', { name: 'Path 4 · 3 hops' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('pathShown') === '3');
    const link = page.url();
    expect(new URL(link).searchParams.get('pathMode')).toBe('all');
    const drawn = await onPath(page);

    const other = await newPage(app.browser, { width: 1400, height: 1000 });
    await other.page.goto(link);
    await canvasReady(other.page);
    await other.page.locator('.path-list li[data-path="3"][aria-current="true"]').waitFor();
    expect(await other.page.locator('.path-list > li').count()).toBe(4);
    await other.page.waitForFunction((n) => window.__cy!.elements('.on-path').length === n, drawn.length);
    expect(await onPath(other.page)).toEqual(drawn);
    await other.page.locator('.path-panel').scrollIntoViewIfNeeded();
    await screenshot(other.page, 'path-from-url');
    // Undo takes the path away; Clear path too.
    await other.page.getByRole('button', { name: 'Clear path' }).click();
    await other.page.waitForFunction(() => new URL(window.location.href).searchParams.get('path') === null && window.__cy!.elements('.on-path').length === 0);
    await other.page.getByRole('button', { name: '↶ Undo' }).click();
    await other.page.waitForFunction((n) => window.__cy!.elements('.on-path').length === n, drawn.length);
    await other.context.close();
    await page.context().close();
  });

  it('speaks Chinese', async () => {
    const { page } = await newPage(app.browser, { width: 1400, height: 1000 });
    await page.goto(`${app.server.url}/?lang=zh&sel=the-group`);
    await canvasReady(page);
    await pathFrom(page, '由本集團到…的路徑', '競爭對手E');
    await page.locator('.path-list li[data-path="0"]').waitFor();
    expect(await page.locator('.path-list li[data-path="0"] > button').textContent()).toBe('路徑 1 · 2 步');
    await page.context().close();
  });
});
