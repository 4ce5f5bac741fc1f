// Accessibility in a real browser: axe-core's WCAG 2 A/AA rules (contrast
// included) on each view, and the canvas driven by the keyboard alone.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../app/server';
import { appInBrowser, canvasReady, newPage } from './browser';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const app = appInBrowser(() => startServer());

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function violations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

const views: [string, string, boolean][] = [
  ['landscape', '/?lang=en', true],
  ['landscape, details', '/?lang=en&sel=competitor-a', true],
  ['landscape, list', '/?lang=en&view=list&labels=all', true],
  ['landscape, Chinese', '/?lang=zh&sel=the-group', true],
  ['landscape, slicers, style rules and a path', '/?lang=en&sel=competitor-d&path=competitor-d,end-user&slice=RANKED_IN.share@av-paas~10~20,Segment.size_2023~10~300&colourBy=Provider.independent&sizeBy=RANKED_IN.share@av-paas', true],
  ['landscape, slicers and style rules, Chinese', '/?lang=zh&slice=RANKED_IN.share~10~20&sliceMode=hide&colourBy=%3ELayer&captionBy=Provider.founded', true],
  ['markets', '/markets?lang=en', false],
  ['markets, Chinese', '/markets?lang=zh', false],
  ['value chain', '/value-chain?lang=en', false],
  ['value chain, Chinese', '/value-chain?lang=zh', false],
  ['market map', '/map?lang=en', false],
  ['market map, Chinese, independent providers', '/map?lang=zh&providers=independent', false],
  ['provider comparison', '/compare?ids=the-group,competitor-a,competitor-e&lang=en', false],
  ['provider comparison, Chinese', '/compare?ids=the-group,competitor-d&lang=zh', false],
];

describe('WCAG 2 A and AA (axe-core)', () => {
  for (const [name, path, canvas] of views) {
    it(`finds no violation on ${name}`, async () => {
      const { page, context } = await newPage(app.browser);
      await page.goto(app.server.url + path);
      if (canvas) await canvasReady(page);
      if (path.includes('sel=')) await page.locator('article.details h2').waitFor();
      if (path.startsWith('/compare')) await page.locator('.compare-table tbody').first().waitFor();
      const found = await violations(page);
      if (found.length) console.log(JSON.stringify(found, null, 2));
      expect(found.map((v) => v.id)).toEqual([]);
      await context.close();
    });
  }
});

describe('the canvas by keyboard', () => {
  it('zooms, steps through nodes, opens their details and clears the selection', async () => {
    const { page, context } = await newPage(app.browser);
    await page.goto(app.server.url + '/?lang=en');
    await canvasReady(page);
    await page.locator('.canvas-frame').focus();
    const zoom = () => page.evaluate(() => window.__cy!.zoom());
    const before = await zoom();
    await page.keyboard.press('+');
    await page.waitForFunction((z) => window.__cy!.zoom() > z, before);
    await page.keyboard.press(']');
    await page.locator('article.details h2').waitFor();
    const first = await page.locator('article.details h2').textContent();
    await page.keyboard.press(']');
    await page.waitForFunction((t) => document.querySelector('article.details h2')?.textContent !== t, first);
    expect(await page.evaluate(() => window.__cy!.$(':selected').length)).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Who ranks where, 2023' }).waitFor();
    expect(await page.evaluate(() => window.__cy!.$(':selected').length)).toBe(0);
    // Every control before the canvas is reachable with Tab.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim().slice(0, 40)));
    }
    for (const label of ['繁體中文', 'Independent', 'List', 'Show all', 'Export PNG', 'Zoom in']) expect([...reached]).toContain(label);
    await context.close();
  });
});
