// Slicers and style rules in the explorer, in a real browser against the real
// app on the app tests' engine (LadybugDB; the test Neo4j under `npm run test:neo4j`):
// "who holds 10–20% of PaaS?" answered with a slicer, independence shown by
// colour and words, in English and Chinese.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, canvasReady, openExplorer, screenshot } from './browser';

const app = appInBrowser();

const openLandscape = (search: string): Promise<Page> => openExplorer(app, search, { width: 1400, height: 1000 });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** Providers on the canvas, and those of them not faded by a slicer. */
const providers = (page: Page) =>
  page.evaluate(() => {
    const nodes = window.__cy!.nodes('.Provider');
    return { all: nodes.map((n) => n.id()).sort(), kept: nodes.filter((n) => !n.hasClass('sliced-out')).map((n) => n.id()).sort() };
  });

// The section 競爭格局's table of the China audio/video PaaS market, 2023
// (industry-overview.zh-Hant.txt): 競爭對手A 17.0%, 競爭對手B 6.4%, 本集團 5.8%,
// 競爭對手C 5.7%, 競爭對手D 4.3% — Competitor A alone holds 10–20%.
const PAAS_SHARES: Record<string, number> = { 'competitor-a': 17.0, 'competitor-b': 6.4, 'the-group': 5.8, 'competitor-c': 5.7, 'competitor-d': 4.3 };
const tenToTwenty = Object.keys(PAAS_SHARES).filter((id) => PAAS_SHARES[id]! >= 10 && PAAS_SHARES[id]! <= 20);

describe('slicers', () => {
  it('holds the document’s PaaS shares', async () => {
    const r = await app.server.cypher({ query: "MATCH (p:Provider)-[r:RANKED_IN]->(:Segment {id: 'av-paas'}) RETURN p.id AS id, r.share AS share" });
    const rows = (r.json() as { rows: { id: string; share: number }[] }).rows;
    expect(Object.fromEntries(rows.map((x) => [x.id, x.share]))).toEqual(PAAS_SHARES);
    expect(tenToTwenty).toEqual(['competitor-a']);
  });

  it('a share slicer of 10–20% in the PaaS ranking leaves exactly the providers the document puts there', async () => {
    const page = await openLandscape('?lang=en');
    await page.getByLabel('Add a slicer on…').selectOption('RANKED_IN.share');
    const slice = page.locator('.slice[data-slicer^="RANKED_IN.share"]');
    await slice.waitFor();
    // Without a market, every ranking's shares are counted: ten, in round bins.
    expect(await slice.locator('.histogram rect').count()).toBeGreaterThan(1);
    await slice.getByLabel('In', { exact: true }).selectOption('av-paas');
    await slice.locator('.range-fields input').nth(0).fill('10');
    await slice.locator('.range-fields input').nth(1).fill('20');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('slice') === 'RANKED_IN.share@av-paas~10~20');
    // Fade (the default): every provider stays on the canvas, those outside the range faded.
    await page.waitForFunction(() => window.__cy!.nodes('.Provider.sliced-out').length === 5);
    expect(await providers(page)).toEqual({ all: ['competitor-a', 'competitor-b', 'competitor-c', 'competitor-d', 'competitor-e', 'the-group'], kept: tenToTwenty });
    expect(await slice.locator('[aria-live]').first().textContent()).toBe('1 of 5 in the range');
    await slice.scrollIntoViewIfNeeded();
    await screenshot(page, 'slicer-paas-fade');
    await page.getByRole('radio', { name: 'Hide', exact: true }).check();
    await page.waitForFunction(() => window.__cy!.nodes('.Provider').length === 1);
    expect(await providers(page)).toEqual({ all: tenToTwenty, kept: tenToTwenty });
    expect(param(page, 'sliceMode')).toBe('hide');
    await screenshot(page, 'slicer-paas-hide');
    // A slicer is a step of the view: undo brings the faded providers back.
    await page.getByRole('button', { name: '↶ Undo' }).click();
    await page.waitForFunction(() => window.__cy!.nodes('.Provider').length === 6);
    await page.context().close();
  });

  it('plays a market size through the years the data states, 2023 then 2028E, and undo leaves it', async () => {
    // Market sizes of 10–300 RMB bn (cypher/03-markets.cypher, from the document's market-size sections):
    // in 2023 the audio/video cloud (91.5), PaaS (22.9) and public PaaS (16.4) markets; in 2028E the
    // audio/video cloud (240.5), APaaS (14.4), CDN (23.8) and object storage (20.0) markets.
    const page = await openLandscape('?lang=en&slice=Segment.size_2023~10~300');
    const slice = page.locator('.slice[data-slicer="Segment.size_2023"]');
    await slice.waitFor();
    const kept = () => page.evaluate(() => window.__cy!.nodes('.Segment').filter((n) => !n.hasClass('sliced-out')).map((n) => n.id()).sort());
    await page.waitForFunction(() => window.__cy!.nodes('.Segment.sliced-out').length > 0);
    expect(await kept()).toEqual(['av-cloud', 'av-paas', 'av-public-paas']);
    await slice.getByRole('button', { name: '▶ Play the years' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('slice') === 'Segment.size_2028e~10~300', undefined, { timeout: 10_000 });
    await page.locator('.slice[data-slicer="Segment.size_2028e"] output').getByText('Year shown: 2028E').waitFor();
    await page.waitForFunction(() => !window.__cy!.getElementById('av-apaas').hasClass('sliced-out'));
    expect(await kept()).toEqual(['av-apaas', 'av-cdn', 'av-cloud', 'av-object-storage']);
    await screenshot(page, 'slicer-play-2028e');
    await page.getByRole('button', { name: '↶ Undo' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('slice') === 'Segment.size_2023~10~300');
    await page.context().close();
  });
});

describe('style rules', () => {
  it('a style rule by independence colours and labels the three independent providers', async () => {
    const page = await openLandscape('?lang=en');
    await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'Independence' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('colourBy') === 'Provider.independent');
    await page.waitForFunction(() => window.__cy!.nodes('.Provider[fill]').length === 6);
    const looks = await page.evaluate(() =>
      Object.fromEntries(window.__cy!.nodes('.Provider').map((n) => [n.id(), { fill: n.data('fill') as string, caption: n.data('caption') as string, drawn: n.style('background-color') }])),
    );
    const independent = ['competitor-d', 'competitor-e', 'the-group'];
    const others = ['competitor-a', 'competitor-b', 'competitor-c'];
    const fill = looks['the-group']!.fill;
    expect(independent.map((id) => looks[id]!.fill)).toEqual([fill, fill, fill]);
    for (const id of others) expect(looks[id]!.fill).not.toBe(fill);
    // Words as well as colour: each caption says it, and the legend keys the colour.
    for (const id of independent) expect(looks[id]!.caption).toContain('✓ independent');
    for (const id of others) expect(looks[id]!.caption).toContain('✗ non-independent');
    expect(looks['the-group']!.drawn).not.toBe(looks['competitor-a']!.drawn);
    const key = page.locator('.rule-key[data-channel="colour"]');
    expect((await key.locator('li').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()).sort()).toEqual(['✓ independent 3', '✗ non-independent 3']);
    await screenshot(page, 'style-independence');
    await page.context().close();
  });

  it('sizes providers by their share in the market chosen, and captions it', async () => {
    const page = await openLandscape('?lang=en&market=av-paas');
    await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: 'Share in the market chosen' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('sizeBy') === 'RANKED_IN.share@av-paas');
    const sizes = await page.evaluate(() => Object.fromEntries(window.__cy!.nodes('.Provider').map((n) => [n.id(), Number(n.data('size'))])));
    expect(sizes['competitor-a']).toBeGreaterThan(sizes['competitor-b']!);
    expect(sizes['competitor-b']).toBeGreaterThan(sizes['competitor-d']!);
    expect(await page.evaluate(() => window.__cy!.getElementById('competitor-a').data('caption'))).toContain('17.0%');
    await page.context().close();
  });
});

describe('saved views', () => {
  it('keep a slicer and a style rule: the saved view reopens them', async () => {
    const page = await openLandscape('?lang=en&slice=RANKED_IN.share@av-paas~10~20&colourBy=Provider.independent');
    await page.locator('.saved-views > summary').click();
    await page.getByLabel('Name of this view').fill('PaaS 10–20%');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.goto(`${app.server.url}/?lang=en`);
    await canvasReady(page);
    await page.locator('.saved-views > summary').click();
    await page.getByRole('link', { name: 'PaaS 10–20%' }).click();
    await page.waitForURL(/slice=/);
    await canvasReady(page);
    await page.waitForFunction(() => window.__cy!.nodes('.Provider.sliced-out').length === 5 && window.__cy!.nodes('.Provider[fill]').length === 6);
    expect((await providers(page)).kept).toEqual(tenToTwenty);
    expect(param(page, 'colourBy')).toBe('Provider.independent');
    await page.context().close();
  });
});

describe('in Chinese', () => {
  it('slices and styles from the URL: 10–20% of APaaS, coloured by independence', async () => {
    const page = await openLandscape('?lang=zh&slice=RANKED_IN.share@av-apaas~10~20&sliceMode=hide&colourBy=Provider.independent');
    // 競爭格局, the APaaS table: 競爭對手B 16.6%, 本集團 14.1%; the rest under 10%.
    await page.waitForFunction(() => window.__cy!.nodes('.Provider').length === 2);
    expect((await providers(page)).all).toEqual(['competitor-b', 'the-group']);
    expect(await page.evaluate(() => window.__cy!.getElementById('the-group').data('caption'))).toContain('✓ 獨立');
    await page.locator('.slice h4').getByText('排名於 · 份額（於中國音視頻APaaS市場）').waitFor();
    expect(await page.locator('.rule-key[data-channel="colour"]').innerText()).toContain('服務提供商 · 獨立');
    expect(await page.getByRole('radio', { name: '隱藏' }).isChecked()).toBe(true);
    await page.locator('.slice').scrollIntoViewIfNeeded();
    await screenshot(page, 'slicer-style-zh');
    await page.context().close();
  });
});
