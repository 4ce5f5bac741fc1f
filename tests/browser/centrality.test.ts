// Centrality in the explorer, in a real browser on the real landscape: nodes
// sized by degree, betweenness or PageRank of the visible graph, the most
// central listed, recomputed when the view changes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, canvasReady, newPage, screenshot } from './browser';

const app = appInBrowser();

const listed = (page: Page) => page.$$eval('.central-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-node')));

describe('centrality', () => {
  it('sizes the nodes by degree, lists the most connected, and recomputes when a filter changes the view', async () => {
    const { page } = await newPage(app.browser, { width: 1400, height: 1000 });
    await page.goto(`${app.server.url}/?lang=en&labels=all`);
    await canvasReady(page);
    await page.getByRole('radio', { name: 'Degree (relationships)' }).check();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('size') === 'degree');
    await page.locator('.central-table tbody tr').first().waitFor();
    const all = await listed(page);
    expect(all).toHaveLength(10);
    // The most connected node of the whole landscape has the most relationships on the canvas, and is drawn largest.
    const check = await page.evaluate((id) => {
      const cy = window.__cy!;
      const degrees = cy.nodes().map((n) => n.degree(false));
      const sizes = cy.nodes().map((n) => Number(n.data('size')));
      return { degree: cy.getElementById(id!).degree(false), max: Math.max(...degrees), size: Number(cy.getElementById(id!).data('size')), maxSize: Math.max(...sizes) };
    }, all[0]);
    expect(check.degree).toBe(check.max);
    expect(check.size).toBe(check.maxSize);
    await screenshot(page, 'centrality-degree');
    await page.getByRole('radio', { name: 'Independent', exact: true }).click();
    await page.waitForFunction((before) => JSON.stringify([...document.querySelectorAll('.central-table tbody tr')].map((tr) => tr.getAttribute('data-node'))) !== before, JSON.stringify(all));
    await page.context().close();
  });

  it('ranks by betweenness and PageRank from the URL, and opens a listed node’s details', async () => {
    const { page } = await newPage(app.browser, { width: 1400, height: 1000 });
    for (const metric of ['betweenness', 'pagerank']) {
      await page.goto(`${app.server.url}/?lang=en&labels=all&size=${metric}`);
      await canvasReady(page);
      await page.locator('.central-table tbody tr').first().waitFor();
      const scores = await page.$$eval('.central-table tbody tr td:nth-child(3)', (tds) => tds.map((td) => Number(td.textContent)));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores[0]).toBeGreaterThan(0);
    }
    const name = await page.locator('.central-table tbody tr button').first().textContent();
    await page.locator('.central-table tbody tr button').first().click();
    await page.locator('article.details h2').waitFor();
    expect(await page.textContent('article.details h2')).toContain(name!);
    await page.context().close();
  });
});
