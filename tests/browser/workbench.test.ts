// The query workbench (/query) in a real browser, against the real app on
// the app tests' engine (real Kuzu; the test Neo4j under `npm run test:neo4j`):
// typing and running, autocomplete, errors at their position, a refused
// write, the three result views, CSV export, the examples, the shared URL,
// history and saved queries, and the details panel.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, canvasReady, newPage, nodeIds, screenshot, settled } from './browser';
import { FIRST_LOAD_LIMIT, firstLoadJs, report } from './first-load';
import { repoRoot } from '../helpers';

const app = appInBrowser();

interface ResultJson {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: { nodes: { id: string }[]; edges: { id: string }[] };
  summary: { rowCount: number; truncated: boolean };
}

async function openWorkbench(search = ''): Promise<Page> {
  const { page } = await newPage(app.browser);
  await page.goto(`${app.server.url}/query${search}`);
  await page.waitForSelector('.query-editor .cm-content');
  return page;
}

/** Replaces the editor's text by typing, as a user would. */
async function typeQuery(page: Page, text: string): Promise<void> {
  await page.click('.query-editor .cm-content');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape'); // closes an open autocomplete list
}

const editorText = (page: Page) => page.$eval('.query-editor .cm-content', (el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' '));
const rowsShown = (page: Page) => page.$eval('.summary-line', (el) => Number(el.getAttribute('data-rows')));

async function waitForRows(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`.summary-line[data-rows="${n}"]`, { timeout: 30_000 });
}

async function count(query: string): Promise<number> {
  const res = await app.server.cypher({ query });
  expect(res.status).toBe(200);
  return Number((res.json() as ResultJson).rows[0]!.c);
}

describe('the query editor', () => {
  it('runs a query typed with the keyboard on Ctrl+Enter and draws its nodes', async () => {
    const page = await openWorkbench();
    const query = 'MATCH (p:Provider {independent: true}) RETURN p.name_en AS name, p ORDER BY name';
    await typeQuery(page, query);
    expect((await editorText(page)).trim()).toBe(query);
    await page.keyboard.press('Control+Enter');
    await waitForRows(page, 3);
    await canvasReady(page);
    expect(await nodeIds(page, '.Provider')).toEqual(['competitor-d', 'competitor-e', 'the-group']);
    expect(await page.textContent('.summary-line')).toMatch(/3 rows in [\d,.]+ ms · complete/);
    await page.waitForFunction((q) => new URLSearchParams(window.location.search).get('q') === q, query);
    await settled(page);
    await screenshot(page, '20-workbench-typed-query');
    await page.context().close();
  });

  it('offers Provider when autocompleting :Prov, from the schema', async () => {
    const page = await openWorkbench();
    await page.click('.query-editor .cm-content');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('MATCH (n:Prov');
    const list = page.locator('.cm-tooltip-autocomplete');
    await list.waitFor();
    const options = await list.locator('li').allInnerTexts();
    expect(options.map((o) => o.trim())).toContain(':Provider');
    await screenshot(page, '21-workbench-autocomplete');
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    expect((await editorText(page)).trim()).toBe('MATCH (n:Provider)');
    // Relationship types too.
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(')-[r:RANK');
    await list.waitFor();
    expect((await list.locator('li').allInnerTexts()).map((o) => o.trim())).toContain(':RANKED_IN');
    await page.waitForTimeout(200); // CodeMirror ignores Enter in the first moments of a completion list
    await page.keyboard.press('Enter');
    expect((await editorText(page)).trim()).toBe('MATCH (n:Provider)-[r:RANKED_IN]');
    await page.context().close();
  });

  it('shows a syntax error with its position, in the message and in the editor', async () => {
    const page = await openWorkbench();
    await typeQuery(page, 'MATCH (p:Provider RETURN p');
    await page.keyboard.press('Control+Enter');
    const box = page.locator('.query-error[data-code="SYNTAX"]');
    await box.waitFor();
    expect(await box.textContent()).toContain("Invalid input 'RETURN'");
    expect(await box.locator('.error-at').textContent()).toBe('line 1, column 19');
    expect(await box.locator('.error-excerpt').textContent()).toContain(`${' '.repeat(18)}^`);
    // The editor marks the token at the position.
    expect(await page.locator('.query-editor .cm-server-error').textContent()).toBe('RETURN');
    await screenshot(page, '22-workbench-syntax-error');
    // Editing clears the stale mark.
    await page.keyboard.type(' ');
    await expect(page.locator('.query-editor .cm-server-error').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('refuses a CREATE as read-only, says why, and leaves the graph unchanged', async () => {
    const before = await count('MATCH (n) RETURN count(n) AS c');
    const page = await openWorkbench();
    await typeQuery(page, "CREATE (n:Provider {id: 'intruder', name_en: 'Intruder'}) RETURN n");
    await page.getByRole('button', { name: '▶ Run' }).click();
    const box = page.locator('.query-error[data-code="READ_ONLY"]');
    await box.waitFor();
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('Refused: the workbench is read-only');
    expect(text).toContain('not a read clause');
    expect(text).toContain('Ad-hoc queries may only read the graph');
    expect(await box.locator('.error-at').textContent()).toBe('line 1, column 1');
    await screenshot(page, '23-workbench-read-only');
    expect(await count('MATCH (n) RETURN count(n) AS c')).toBe(before);
    expect(await count("MATCH (n {id: 'intruder'}) RETURN count(n) AS c")).toBe(0);
    await page.context().close();
  });

  it('checks the parameters before sending and says what is wrong', async () => {
    const page = await openWorkbench();
    await typeQuery(page, 'MATCH (p:Provider) WHERE p.independent = $independent RETURN p.name_en AS name');
    await page.keyboard.press('Control+Enter');
    await page.locator('.query-error[data-code="PARAMS"]').waitFor();
    expect(await page.locator('#params-status').textContent()).toContain('$independent');
    const params = page.getByRole('textbox', { name: 'Parameters (JSON)' });
    await params.fill('{"independent": tru}');
    expect(await page.locator('#params-status').textContent()).toContain('Not valid JSON');
    await params.fill('{"independent": {"a": 1}}');
    expect(await page.locator('#params-status').textContent()).toContain('maps are not supported');
    await params.fill('{"independent": false}');
    expect(await page.locator('#params-status').textContent()).toContain('Parameters are valid');
    await page.getByRole('button', { name: '▶ Run' }).click();
    await waitForRows(page, 3);
    await page.context().close();
  });
});

describe('results', () => {
  it('shows the same rows as graph, table and JSON, and exports them as CSV and JSON', async () => {
    const page = await openWorkbench();
    await page.click('[data-example="rankings-2023"]');
    await waitForRows(page, 10);
    await canvasReady(page);

    await page.getByRole('tab', { name: /^JSON/ }).click();
    const json = JSON.parse((await page.textContent('.result-json'))!) as ResultJson;
    expect(json.rows).toHaveLength(10);
    expect(json.summary.rowCount).toBe(10);

    await page.getByRole('tab', { name: /^Graph/ }).click();
    await canvasReady(page);
    expect(await nodeIds(page)).toEqual(json.graph.nodes.map((n) => n.id).sort());
    expect(await page.evaluate(() => window.__cy!.edges().map((e) => e.id()).sort())).toEqual(json.graph.edges.map((e) => e.id).sort());
    const providers = json.rows.map((r) => (r.p as { id: string }).id);
    for (const id of providers) expect(await nodeIds(page)).toContain(id);

    await page.getByRole('tab', { name: /^Table/ }).click();
    const table = page.locator('.result-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(10);
    const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.replace(/[▲▼⇅]/g, '').trim());
    expect(headers.slice(1)).toEqual(json.columns);
    const col = json.columns.indexOf('provider') + 2;
    expect(await table.locator(`tbody tr td:nth-child(${col})`).allInnerTexts()).toEqual(json.rows.map((r) => r.provider));
    await screenshot(page, '24-workbench-table');

    // Sorting by share puts the largest share last, then first.
    const share = json.columns.indexOf('share_pct') + 2;
    await table.getByRole('button', { name: 'share_pct' }).click();
    const asc = (await table.locator(`tbody tr td:nth-child(${share})`).allInnerTexts()).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await table.getByRole('button', { name: 'share_pct' }).click();
    const desc = (await table.locator(`tbody tr td:nth-child(${share})`).allInnerTexts()).map(Number);
    expect(desc[0]).toBe(17);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = Papa.parse<string[]>(fs.readFileSync((await csvDownload.path())!, 'utf8').trim());
    expect(csv.data[0]).toEqual(json.columns);
    expect(csv.data).toHaveLength(11);
    const at = (name: string) => json.columns.indexOf(name);
    expect(csv.data.slice(1).map((r) => r[at('provider')])).toEqual(json.rows.map((r) => r.provider));
    expect(csv.data.slice(1).map((r) => Number(r[at('revenue_rmb_bn')]))).toEqual(json.rows.map((r) => r.revenue_rmb_bn));
    expect(csv.data.slice(1).map((r) => r[at('p')])).toEqual(providers);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const exported = JSON.parse(fs.readFileSync((await jsonDownload.path())!, 'utf8')) as ResultJson;
    expect(exported.rows).toEqual(json.rows);
    await page.context().close();
  });

  it('runs an example from the gallery in one click and draws its graph; a node opens the details panel with its source', async () => {
    const page = await openWorkbench();
    await page.click('[data-example="value-chain"]');
    await waitForRows(page, 3);
    await canvasReady(page);
    expect(await nodeIds(page)).toEqual(['cloud-infrastructure-provider', 'end-user', 'paas-provider', 'saas-provider']);
    expect(await editorText(page)).toContain('[:SUPPLIES*1..4]');
    await settled(page);
    await screenshot(page, '25-workbench-example-value-chain');

    // The APaaS timeline: seven milestones in order.
    await page.click('[data-example="apaas-timeline"]');
    await waitForRows(page, 7);
    await canvasReady(page);
    expect((await nodeIds(page, '.Milestone')).length).toBe(7);

    // Click a node on the canvas: the explorer's details panel, with its source heading.
    await page.click('[data-example="both-rankings"]');
    await waitForRows(page, 4);
    await canvasReady(page);
    await settled(page);
    const at = await page.evaluate(() => {
      const n = window.__cy!.getElementById('the-group');
      const box = window.__cy!.container()!.getBoundingClientRect();
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    const details = page.locator('.wb-side .details');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe('the Group');
    expect(await details.textContent()).toContain('Source: 競爭格局');
    await screenshot(page, '26-workbench-node-details');
    await page.context().close();
  });

  it('says so when a query matches nothing, and when rows hold no nodes', async () => {
    const page = await openWorkbench();
    await typeQuery(page, "MATCH (p:Provider {id: 'nobody'}) RETURN p");
    await page.keyboard.press('Control+Enter');
    await waitForRows(page, 0);
    expect(await page.textContent('.wb-results')).toContain('matched nothing');
    await typeQuery(page, 'MATCH (p:Provider) RETURN count(p) AS providers');
    await page.keyboard.press('Control+Enter');
    await waitForRows(page, 1);
    expect(await page.getByRole('tab', { name: /^Table/ }).getAttribute('aria-selected')).toBe('true');
    expect(await page.textContent('.result-table tbody')).toContain('6');
    await page.context().close();
  });
});

describe('sharing and keeping queries', () => {
  it('restores the query and its parameters from a shared URL, and runs it', async () => {
    const page = await openWorkbench();
    await page.click('[data-example="independent-shares"]');
    await waitForRows(page, 4);
    await page.waitForFunction(() => window.location.search.includes('params='));
    const shared = page.url();
    const query = await editorText(page);
    await page.context().close();

    const { page: other } = await newPage(app.browser);
    await other.goto(shared);
    await other.waitForSelector('.query-editor .cm-content');
    await waitForRows(other, 4);
    expect(await editorText(other)).toBe(query);
    expect(JSON.parse(await other.getByRole('textbox', { name: 'Parameters (JSON)' }).inputValue())).toEqual({ independent: true });
    expect(await rowsShown(other)).toBe(4);
    await canvasReady(other);
    await settled(other);
    await screenshot(other, '27-workbench-shared-url');
    await other.context().close();
  });

  it('keeps run queries in the history and saved queries by name, across reloads', async () => {
    const page = await openWorkbench();
    await typeQuery(page, 'MATCH (x:Exchange) RETURN x.name_en AS exchange');
    await page.keyboard.press('Control+Enter');
    await waitForRows(page, 3);
    await page.getByRole('tab', { name: /^History/ }).click();
    await expect(page.locator('.history-item').first().textContent()).resolves.toContain('MATCH (x:Exchange)');

    await page.getByRole('tab', { name: /^Saved/ }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Exchanges');
    await page.getByRole('button', { name: 'Save query' }).click();
    await page.reload();
    await page.waitForSelector('.query-editor .cm-content');
    await page.getByRole('tab', { name: /^Saved/ }).click();
    const saved = page.locator('.saved-item', { hasText: 'Exchanges' });
    await saved.waitFor();
    await typeQuery(page, 'RETURN 1 AS one');
    await saved.getByRole('button', { name: 'Run' }).click();
    await waitForRows(page, 3);
    expect(await editorText(page)).toContain('MATCH (x:Exchange)');

    await page.getByRole('tab', { name: /^History/ }).click();
    const items = page.locator('.history-item');
    const n = await items.count();
    expect(n).toBeGreaterThan(0);
    await items.first().getByRole('button', { name: /^Delete/ }).click();
    await expect(items.count()).resolves.toBe(n - 1);
    await screenshot(page, '28-workbench-history');
    await page.context().close();
  });

  it('is reachable from the explorer, and speaks Chinese', async () => {
    const { page } = await newPage(app.browser);
    await page.goto(`${app.server.url}/?lang=zh`);
    await page.getByRole('link', { name: '查詢', exact: true }).click();
    await page.waitForURL(/\/query\?lang=zh/);
    await page.waitForSelector('.query-editor .cm-content');
    expect(await page.textContent('#wb-title')).toBe('查詢工作台');
    await expect(page.getByRole('button', { name: /APaaS發展歷程/ }).count()).resolves.toBe(1);
    await screenshot(page, '29-workbench-zh');
    await page.context().close();
  });
});

describe('first load', () => {
  it.skipIf(!!process.env.LG_BROWSER_URL)('keeps the first-load JavaScript of /query under the limit (heavy libraries load on demand)', async () => {
    const html = await (await fetch(`${app.server.url}/query`)).text();
    const size = firstLoadJs(html, repoRoot);
    console.log(report('/query', size));
    expect(size.gzip).toBeLessThan(FIRST_LOAD_LIMIT);
  });
});
