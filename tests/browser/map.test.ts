// /map in a real browser, against the real app on the app tests' engine
// (LadybugDB; the test Neo4j under `npm run test:neo4j`): layers × markets with
// the providers of each cell, independence marked without colour, the filter
// in the URL, a cell opening the landscape filtered to it, SVG and PNG
// export, and Chinese.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, canvasReady, newPage, screenshot } from './browser';

const app = appInBrowser();

async function openMap(search: string): Promise<Page> {
  const { page } = await newPage(app.browser, { width: 1300, height: 1100 });
  await page.goto(`${app.server.url}/map${search}`);
  await page.locator('.map-table').waitFor();
  return page;
}
const chips = (page: Page, layer: string) => page.$$eval(`.map-table tr[data-layer="${layer}"] li[data-provider]`, (lis) => lis.map((li) => `${li.getAttribute('data-provider')} ${li.textContent}`));

describe('the market map', () => {
  it('shows who sits in which layer of the audio/video cloud market, with shares and independence, and nothing where the document places no one', async () => {
    const page = await openMap('?lang=en');
    expect(await page.$$eval('.map-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-layer')))).toEqual(['iaas', 'paas', 'mpaas', 'apaas', 'apaas-zero-code', 'apaas-low-code', 'saas']);
    expect(await page.$$eval('.map-table thead th', (ths) => ths.map((th) => th.textContent))).toEqual(['Service layer', 'China audio/video cloud services market']);
    expect(await chips(page, 'apaas')).toEqual([
      'competitor-b ✗ Competitor B16.6% (2023)',
      'the-group ✓ the Group14.1% (2023)',
      'competitor-a ✗ Competitor A9.5% (2023)',
      'competitor-c ✗ Competitor C4.9% (2023)',
      'competitor-e ✓ Competitor E3.0% (2023)',
    ]);
    expect(await page.textContent('.map-table tr[data-layer="saas"] td')).toContain('none stated');
    // Independence is carried by the mark and the outline's style, not by colour alone.
    const styles = await page.$$eval('.map-table tr[data-layer="paas"] li', (lis) => lis.map((li) => getComputedStyle(li).borderTopStyle));
    expect(new Set(styles)).toEqual(new Set(['solid', 'dashed']));
    await screenshot(page, 'map');
    await page.context().close();
  });

  it('filters to independent providers, keeps it in the URL across a reload, and opens the landscape filtered to a cell', async () => {
    const page = await openMap('?lang=en');
    await page.getByLabel('✓ Independent').check();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('providers') === 'independent');
    await page.reload();
    await page.locator('.map-table').waitFor();
    expect(await chips(page, 'paas')).toEqual(['the-group ✓ the Group5.8% (2023)', 'competitor-d ✓ Competitor D4.3% (2023)']);
    await page.getByRole('link', { name: 'Show APaaS in China audio/video cloud services market on the landscape' }).click();
    await page.waitForURL(/\/\?lang=en&layer=apaas&segment=av-apaas/);
    await canvasReady(page);
    await page.context().close();
  });

  it('exports the map as SVG and PNG, and speaks Chinese', async () => {
    const page = await openMap('?lang=zh');
    expect(await page.textContent('#map-title')).toBe('市場地圖');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '匯出 SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('landscape-market-map.svg');
    const text = fs.readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('✓ 本集團 14.1%（2023年）');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '匯出 PNG' }).click()]);
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    await page.context().close();
  });
});
