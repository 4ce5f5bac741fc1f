// The Chinese (繁中) workbench on the embedded engine, given Neo4j Cypher the
// engine cannot answer as Neo4j does (issue 12): the refusal is in Chinese,
// names the construct, its line and column and that Neo4j runs the query,
// and the editor marks the construct where it is — never the engine's own
// grammar. On the embedded engine in every suite (under test:neo4j too):
// Neo4j answers this query.
import { describe, expect, it } from 'vitest';
import { startServer } from '../app/server';
import { appInBrowser, newPage, screenshot } from './browser';

const app = appInBrowser(() => startServer({ NEO4J_URI: '' }));

describe('a construct the embedded engine refuses, in the Chinese workbench', () => {
  it('says so in Chinese at the construct\'s line and column, and marks it in the editor', async () => {
    const query = "MATCH (p:Provider {id: 'the-group'})\nRETURN p.name_zh AS name, COLLECT { MATCH (p)-[:RANKED_IN]->(s) RETURN s.name_zh } AS markets";
    const { page } = await newPage(app.browser);
    // A shared link restores the query and runs it.
    await page.goto(`${app.server.url}/query?lang=zh&q=${encodeURIComponent(query)}`);
    const box = page.locator('.query-error[data-code="UNSUPPORTED"]');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.locator('h3').textContent()).toBe('內嵌引擎不支援此語法');
    const message = (await box.locator('.query-error-message').textContent()) ?? '';
    expect(message).toContain('此查詢第 2 行第 27 列的 Neo4j Cypher 語法「COLLECT { MATCH (p)-[:RANKED_IN]->(s) RETURN s.name_zh }」');
    expect(message).toContain('同一查詢可在 Neo4j 上執行（設定 NEO4J_URI）');
    expect(await box.locator('.error-at').textContent()).toBe('第 2 行第 27 列');
    expect(await box.locator('.error-excerpt').textContent()).toContain(`${' '.repeat(26)}^`);
    // Nothing of the engine's own grammar or English reaches the page.
    const page_text = (await page.textContent('body')) ?? '';
    for (const engine of ['ku_Statements', 'Parser exception', 'Binder exception', 'is not supported here']) expect(page_text).not.toContain(engine);
    // The editor marks the construct on its line, with the Chinese message as its tooltip.
    const mark = page.locator('.query-editor .cm-server-error');
    expect(await mark.textContent()).toBe('COLLECT');
    expect(await mark.getAttribute('title')).toBe(message);
    expect(await page.locator('.query-editor .cm-server-error-line').textContent()).toMatch(/^RETURN p\.name_zh AS name, COLLECT/);
    await screenshot(page, '30-workbench-zh-unsupported');
    await page.context().close();
  });
});
