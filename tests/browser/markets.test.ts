// /markets in a real browser, against the real app on the app tests' engine
// (real Kuzu; the test Neo4j under `npm run test:neo4j`): both 2023
// ranking charts with the Group's figures, the market sizes as stated (no
// interpolated years), the audit table with every check, links to the
// explorer, sources, and the language toggle.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditGraph } from '../../graph/audit/checks';
import type { GraphDocument } from '../../graph/model';
import { appInBrowser, newPage, screenshot } from './browser';
import { FIRST_LOAD_LIMIT, firstLoadJs, report } from './first-load';
import { repoRoot } from '../helpers';

const app = appInBrowser();

const PAAS = '[data-ranking="ranking-av-paas-2023"]';
const APAAS = '[data-ranking="ranking-av-apaas-2023"]';

async function openMarkets(search = '?lang=en'): Promise<Page> {
  const { page } = await newPage(app.browser, { height: 1100 });
  await page.goto(`${app.server.url}/markets${search}`);
  // Both ranking charts and both size charts drawn.
  await page.waitForFunction(() => document.querySelectorAll('figure .recharts-surface').length === 4, undefined, { timeout: 30_000 });
  return page;
}

const chartText = (page: Page, figure: string) => page.$eval(`${figure} .recharts-surface`, (el) => el.textContent ?? '');

describe('the rankings', () => {
  it('draws both 2023 ranking charts with the Group’s revenue and share, marks independence, and links each bar to the explorer', async () => {
    const page = await openMarkets();
    const paas = await chartText(page, PAAS);
    const apaas = await chartText(page, APAAS);
    expect(paas).toContain('the Group ✓');
    expect(paas).toContain('1.33 bn · 5.8%');
    expect(apaas).toContain('the Group ✓');
    expect(apaas).toContain('0.28 bn · 14.1%');
    // Independence is marked by ✓/✗ and outline, not by colour alone.
    expect(paas).toContain('Competitor A ✗');
    expect(paas).toContain('Competitor D ✓');
    // The rest of the market: PaaS 22.9 − 8.99 = 13.91 bn, 100 − 39.2 = 60.8%.
    expect(paas).toContain('Rest of the market');
    expect(paas).toContain('13.91 bn · 60.8%');
    expect(await page.textContent(`${PAAS} .conc-caption`)).toContain('Top five: 39.2% of a 22.9 bn market (stated)');
    expect(await page.textContent(`${APAAS} .conc-caption`)).toContain('Top five: 48.1% of a 2.0 bn market (stated)');
    for (const fig of [PAAS, APAAS]) expect(await page.textContent(`${fig} figcaption`)).toBe('Source: 競爭格局');
    // Six bars per chart (five providers and the rest), each an SVG link.
    const links = await page.$$eval(`${PAAS} .recharts-surface a.chart-link`, (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(6);
    expect(links).toContain('/?lang=en&sel=the-group');
    await page.locator(PAAS).scrollIntoViewIfNeeded();
    await screenshot(page, '30-markets-rankings');

    await page.click(`${PAAS} a.chart-link[href="/?lang=en&sel=the-group"]`);
    await page.waitForURL(/sel=the-group/);
    const details = page.locator('.details');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe('the Group');
    await page.context().close();
  });
});

describe('market sizes', () => {
  it('shows the sizes the text states for 2023 and 2028E with CAGRs, estimates marked, nothing in between', async () => {
    const page = await openMarkets();
    const markets = await chartText(page, '[data-chart="sizes-markets"]');
    const parts = await chartText(page, '[data-chart="sizes-parts"]');
    expect(markets).toContain('91.5 (2023)');
    expect(markets).toContain('240.5 (2028E)');
    expect(markets).toContain('1,268.8 (2028E)');
    expect(markets).toContain('CAGR 21.3%');
    expect(markets).toContain('1,400 (2023)');
    expect(markets).toContain('2028E not stated');
    expect(parts).toContain('2.0 (2023)');
    expect(parts).toContain('14.4 (2028E)');
    expect(parts).toContain('CAGR 48.6%');
    // Only the years the text states: no 2019, and no year between 2023 and 2028.
    for (const text of [markets, parts]) expect(text).not.toMatch(/\((2019|2020|2021|2022|2024|2025|2026|2027)\)/);
    expect(await page.textContent('[data-chart="sizes-parts"] figcaption')).toContain('競爭格局');
    await page.locator('[data-chart="sizes-markets"]').scrollIntoViewIfNeeded();
    await screenshot(page, '31-markets-sizes');
    await page.context().close();
  });
});

describe('the consistency audit', () => {
  it('lists every check with pass or the difference and both sources, the PaaS 24.9% flag first', async () => {
    // The audit of the graph the server holds (GET /api/graph: the whole landscape).
    const expected = auditGraph((await (await fetch(`${app.server.url}/api/graph`)).json()) as GraphDocument);
    expect(expected.length).toBeGreaterThan(20);
    const page = await openMarkets();
    const rows = page.locator('.audit-table tbody tr');
    await expect(rows.count()).resolves.toBe(expected.length);
    const checks = await page.locator('.audit-table tbody th').allInnerTexts();
    expect([...checks].sort()).toEqual(expected.map((c) => c.check).sort());
    const flagged = page.locator('.audit-table tbody tr.flagged');
    await expect(flagged.count()).resolves.toBe(expected.filter((c) => !c.pass).length);
    const first = (await flagged.first().textContent()) ?? '';
    expect(first).toContain('China audio/video PaaS market: share of China audio/video cloud services market 2023');
    expect(first).toContain('24.9');
    expect(first).toContain('✗ off by +0.127');
    expect(first).toContain('中國音視頻雲服務市場規模');
    expect(await page.locator('.audit-table tbody tr.pass .audit-result').first().textContent()).toBe('✓ pass');
    await page.locator('.audit-table').scrollIntoViewIfNeeded();
    await screenshot(page, '32-markets-audit');
    await page.context().close();
  });
});

describe('language', () => {
  it('switches the charts and headings to Traditional Chinese', async () => {
    const page = await openMarkets();
    await page.getByRole('button', { name: '繁體中文' }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '市場數據' || document.querySelector('.page-title')?.textContent === '市場數據');
    await page.waitForFunction((sel) => document.querySelector(`${sel} .recharts-surface`)?.textContent?.includes('本集團 ✓'), PAAS);
    expect(await chartText(page, PAAS)).toContain('1.33十億元 · 5.8%');
    expect(await page.textContent(`${PAAS} figcaption`)).toBe('資料來源：競爭格局');
    expect(page.url()).toContain('/markets');
    await page.locator(APAAS).scrollIntoViewIfNeeded();
    await screenshot(page, '33-markets-zh');
    // The explorer's header leads here.
    await page.goto(`${app.server.url}/?lang=en`);
    await page.getByRole('link', { name: 'Markets', exact: true }).click();
    await page.waitForURL(/\/markets\?lang=en/);
    await page.context().close();
  });
});

describe('first load', () => {
  it.skipIf(!!process.env.LG_BROWSER_URL)('keeps the first-load JavaScript of /markets under the limit (heavy libraries load on demand)', async () => {
    const html = await (await fetch(`${app.server.url}/markets`)).text();
    const size = firstLoadJs(html, repoRoot);
    console.log(report('/markets', size));
    expect(size.gzip).toBeLessThan(FIRST_LOAD_LIMIT);
  });
});
