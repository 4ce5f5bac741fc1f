// /compare in a real browser, against the real app on the app tests' engine
// (LadybugDB; the test Neo4j under `npm run test:neo4j`): providers side by
// side with each figure's source, "not stated" where the document says
// nothing, choosing providers by name, the URL, CSV, the way in from the
// details panel, and Chinese.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, newPage, screenshot } from './browser';

const app = appInBrowser();

async function openCompare(search: string): Promise<Page> {
  const { page } = await newPage(app.browser, { width: 1400, height: 1000 });
  await page.goto(`${app.server.url}/compare${search}`);
  return page;
}
const columns = (page: Page) => page.$$eval('.compare-table thead th[data-provider]', (ths) => ths.map((th) => th.getAttribute('data-provider')));
const cells = (page: Page, fact: string) => page.$$eval(`.compare-table tr[data-fact="${fact}"] td`, (tds) => tds.map((td) => td.textContent ?? ''));

describe('comparing providers', () => {
  it('sets the Group, Competitor A and Competitor E side by side in every market, each figure with its source, and says what is not stated', async () => {
    const page = await openCompare('?ids=the-group,competitor-a,competitor-e&lang=en');
    await page.locator('.compare-table tr[data-fact="av-paas:share"]').waitFor();
    expect(await columns(page)).toEqual(['the-group', 'competitor-a', 'competitor-e']);
    expect(await cells(page, 'independent')).toEqual(['yesSource: 競爭格局', 'noSource: 競爭格局', expect.stringMatching(/^yes/)]);
    expect(await cells(page, 'av-apaas:share')).toEqual(['14.1% (2023)Source: 競爭格局', expect.stringMatching(/% \(2023\)Source: 競爭格局$/), expect.stringMatching(/% \(2023\)Source: 競爭格局$/)]);
    // Competitor E is not among the PaaS figures the document states.
    const paas = await cells(page, 'av-paas:share');
    expect(paas[0]).toBe('5.8% (2023)Source: 競爭格局');
    expect(paas[2]).toBe('not stated');
    expect(await page.locator('.compare-table tr[data-fact="av-paas:share"] td.not-stated').count()).toBe(1);
    await screenshot(page, 'compare-three');
    await page.context().close();
  });

  it('adds a provider typed by name, removes one, keeps the choice in the URL across a reload, and exports the table as CSV', async () => {
    const page = await openCompare('?ids=the-group,competitor-a&lang=en');
    await page.locator('.compare-table').waitFor();
    await page.getByLabel('Add a provider').fill('Competitor B');
    await page.getByRole('button', { name: '+ Competitor B' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.compare-table thead th[data-provider]').length === 3);
    await page.getByRole('button', { name: 'Remove Competitor A' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('ids') === 'the-group,competitor-b');
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.compare-table thead th[data-provider]').length === 2);
    expect(await columns(page)).toEqual(['the-group', 'competitor-b']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('landscape-compare-the-group-competitor-b.csv');
    const csv = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim()).data;
    expect(csv[0]).toEqual(['Fact', 'the Group', 'the Group · Source', 'Competitor B', 'Competitor B · Source']);
    const share = csv.find((r) => r[0]!.endsWith(': share') && r[1] === '5.8% (2023)');
    expect(share?.[2]).toBe('競爭格局');
    await page.context().close();
  });

  it('is reached from a provider’s details panel with "Compare with…", and speaks Chinese', async () => {
    const { page } = await newPage(app.browser, { width: 1400, height: 1000 });
    await page.goto(`${app.server.url}/?lang=zh&sel=competitor-a`);
    await page.getByRole('link', { name: '與其他服務商比較…' }).click();
    await page.waitForURL(/\/compare\?ids=competitor-a&lang=zh/);
    await page.getByText('請至少選擇兩家服務商以作比較。').waitFor();
    await page.getByLabel('加入服務商').fill('本集團');
    await page.getByRole('button', { name: '+ 本集團' }).click();
    await page.locator('.compare-table tr[data-fact="independent"]').waitFor();
    expect(await cells(page, 'independent')).toEqual(['否出處: 競爭格局', '是出處: 競爭格局']);
    expect(await page.textContent('.compare-table tr[data-fact="av-apaas:share"] th')).toMatch(/：份額$/);
    await screenshot(page, 'compare-zh');
    await page.context().close();
  });
});
