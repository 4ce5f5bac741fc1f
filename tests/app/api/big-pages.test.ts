// /value-chain and /markets on a landscape far bigger than the document's: a
// generated one (1,000 providers: about 2,000 nodes and 10,000 relationships)
// seeded into the app tests' engine (real LadybugDB, or the test Neo4j under
// `npm run test:neo4j`) and served by the real app. Each list stops at the
// page's cap (100, or ?show=N), says "Showing N of M" in English and 繁中, and
// links to the same page showing four times as many; the HTML carries only
// what it lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../graph/config';
import { generateLandscape } from '../../../graph/generate/landscape';
import { writeLandscape } from '../../../graph/generate/write';
import { seedConfigured } from '../../../graph/seed/engine';
import { appEngine, engineEnv } from '../../engines';
import { tempDir } from '../../helpers';
import { startServer, type RunningServer } from '../server';

const PROVIDERS = 1_000;
const SEED = 3;
const doc = generateLandscape({ providers: PROVIDERS, seed: SEED });
const into = (type: string, target: string) => doc.edges.filter((e) => e.type === type && e.target === target).length;
const roles = doc.nodes.filter((n) => n.labels[0] === 'ValueChainRole');
const rankingTotal = doc.nodes.filter((n) => n.labels[0] === 'Ranking').length;

let server: RunningServer;
beforeAll(async () => {
  const cypherDir = tempDir('lg-big-pages-bulk-');
  writeLandscape(doc, cypherDir, { format: 'bulk', providers: PROVIDERS, seed: SEED });
  const env = { LANDSCAPE_DATA_DIR: tempDir('lg-big-pages-data-'), LANDSCAPE_CYPHER_DIR: cypherDir };
  await seedConfigured(loadConfig({ ...process.env, ...engineEnv(appEngine()), ...env }), { force: true });
  server = await startServer(env, { deadlineMs: 120_000 });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

async function html(path: string): Promise<string> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status).toBe(200);
  return res.text();
}

/** The chips of each list of providers on /value-chain. */
const chipLists = (page: string) => page.split('class="chips"').slice(1).map((part) => (part.split('</div>')[0]!.match(/class="chip (in)?dependent"/g) ?? []).length);
const providerIds = (page: string) => new Set(page.match(/provider-\d+/g) ?? []);
const shownOf = (page: string) => [...page.matchAll(/data-shown="(\d+)" data-total="(\d+)"/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);

describe('/value-chain on a big landscape', () => {
  it('lists at most 100 providers per stage and layer, says how many of how many, and links to more', async () => {
    const page = await html('/value-chain?lang=en');
    const lists = chipLists(page);
    expect(lists.length).toBeGreaterThan(roles.length);
    expect(Math.max(...lists)).toBe(100);
    const stage = roles.map((r) => into('PLAYS_ROLE', r.id)).find((n) => n > 100)!;
    expect(page).toContain(`Showing 100 of ${stage.toLocaleString('en-US')}`);
    expect(page).toContain('href="/value-chain?lang=en&amp;show=400"');
    // Only the providers listed reach the page (its payload included), not the landscape's 1,000.
    expect(providerIds(page).size).toBeLessThanOrEqual(100 * lists.length);
    expect(providerIds(page).size).toBeLessThan(PROVIDERS);
  });

  it('shows four times as many from its "Show more" link, and says so in 繁中', async () => {
    const page = await html('/value-chain?lang=zh&show=400');
    expect(Math.max(...chipLists(page))).toBeGreaterThan(100);
    expect(Math.max(...chipLists(page))).toBeLessThanOrEqual(400);
    for (const [shown, total] of shownOf(page)) expect(page).toContain(`顯示 ${total.toLocaleString('en-US')} 項中的 ${shown} 項`);
  });
});

describe('/markets on a big landscape', () => {
  it('draws the 20 largest rankings of all, and at most 100 rows of each table, each saying how many of how many', async () => {
    const page = await html('/markets?lang=en');
    expect(page.match(/<figure class="ranking-card"/g)).toHaveLength(20);
    expect(page).toContain(`Showing 20 of ${rankingTotal.toLocaleString('en-US')}`);
    expect(page).toContain('href="/markets?lang=en&amp;show=400"');
    const audit = page.split('class="audit-table"')[1]!.split('</table>')[0]!;
    expect(audit.match(/<tr class="(pass|flagged)"/g)).toHaveLength(100);
    const checks = Number(/data-checks="(\d+)"/.exec(page)![1]);
    expect(checks).toBeGreaterThan(100);
    expect(shownOf(page)).toContainEqual([100, checks]);
    for (const [shown, total] of shownOf(page)) expect(shown).toBeLessThan(total);
    expect(shownOf(page).every(([shown]) => shown <= 100)).toBe(true);
  });

  it('shows more with ?show=, in 繁中', async () => {
    const page = await html('/markets?lang=zh&show=400');
    expect(page.match(/<figure class="ranking-card"/g)).toHaveLength(80);
    expect(page).toContain(`顯示 ${rankingTotal.toLocaleString('en-US')} 項中的 80 項`);
  });
});
