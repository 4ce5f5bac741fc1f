// Seeding Neo4j without a Neo4j server: the seeds are checked before the
// server is contacted, and a server that is not there is one clear error
// naming the URI. (Seeding a real server: tests/neo4j/, `npm run test:neo4j`.)
import fs from 'node:fs';
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../graph/config';
import { GraphError } from '../../../graph/errors';
import { generateLandscape } from '../../../graph/generate/landscape';
import { writeLandscape } from '../../../graph/generate/write';
import { readBulk } from '../../../graph/seed/bulk';
import { bulkStatement, isNeo4jStale, seedNeo4j } from '../../../graph/seed/neo4j-loader';
import { SeedError } from '../../../graph/seed/parse';
import { openStore } from '../../../graph/stores';
import { repoRoot, seedCopy, tempDir } from '../../helpers';

// Port 1 on the loopback interface: nothing listens there, so connecting is refused at once.
const unreachable = 'bolt://127.0.0.1:1';

function neo4jConfig(uri = unreachable, cypherDir = path.join(repoRoot, 'cypher')): Config {
  return loadConfig({
    LANDSCAPE_DATA_DIR: tempDir('lg-data-'),
    LANDSCAPE_CYPHER_DIR: cypherDir,
    NEO4J_URI: uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: 'not-a-secret',
  });
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
}

describe('seeding a Neo4j server that is not there', () => {
  it.each([unreachable, 'neo4j://127.0.0.1:1'])(
    'fails within seconds with one line naming %s and the refused connection, not a stack of driver internals',
    async (uri) => {
      const started = performance.now();
      const err = await failure(seedNeo4j(neo4jConfig(uri), { force: true }));
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(err).toBeInstanceOf(GraphError);
      expect((err as GraphError).code).toBe('UNAVAILABLE');
      expect((err as GraphError).message).toBe(`cannot connect to Neo4j at ${uri}: connect ECONNREFUSED 127.0.0.1:1`);
    },
  );

  it('gives the same error when asked whether the database is stale', async () => {
    const err = (await failure(isNeo4jStale(neo4jConfig()))) as GraphError;
    expect(err.message).toBe('cannot connect to Neo4j at bolt://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1');
  });

  it('refuses a URI scheme the driver does not speak, naming it', async () => {
    const err = (await failure(seedNeo4j(neo4jConfig('http://127.0.0.1:1')))) as GraphError;
    expect(err.code).toBe('UNAVAILABLE');
    expect(err.message).toMatch(/^cannot connect to Neo4j at http:\/\/127\.0\.0\.1:1: the URI must start with bolt:\/\/, neo4j:\/\/ or neo4j\+s:\/\//);
  });

  it('does not fall back to Kuzu when the store is opened: the server must be there', async () => {
    const config = neo4jConfig();
    const err = (await failure(openStore(config))) as GraphError;
    expect(err.code).toBe('UNAVAILABLE');
    expect(fs.existsSync(config.kuzuPath)).toBe(false);
  });
});

describe('seeding Neo4j checks the seeds before contacting the server', () => {
  it('reports a broken seed as file:line even when the server is unreachable', async () => {
    const dir = seedCopy();
    const first = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()[0]!;
    const lines = fs.readFileSync(path.join(dir, first), 'utf8').split('\n').length;
    fs.appendFileSync(path.join(dir, first), "\nMERGE (n:Provider {id: 'x'}) SET n.name_en = 1;\n");
    const err = await failure(seedNeo4j(neo4jConfig(unreachable, dir), { force: true }));
    expect(err).toBeInstanceOf(SeedError);
    expect((err as SeedError).problems[0]).toMatch(new RegExp(`${first}:${lines + 1}: Provider\\.name_en must be STRING`));
  });

  it('reports a broken bulk row as file:line even when the server is unreachable', async () => {
    const dir = tempDir('lg-bulk-');
    writeLandscape(generateLandscape({ providers: 20, seed: 1 }), dir, { format: 'bulk', providers: 20, seed: 1 });
    const file = path.join(dir, 'nodes-Segment.csv');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2]!.replace(',sub-market,', ',galaxy,').replace(',market,', ',galaxy,');
    fs.writeFileSync(file, lines.join('\n'));
    const err = await failure(seedNeo4j(neo4jConfig(unreachable, dir), { force: true }));
    expect(err).toBeInstanceOf(SeedError);
    expect((err as SeedError).problems).toEqual([expect.stringMatching(new RegExp(`^${file}:3: Segment 'segment-2': level: `))]);
  });

  it('refuses to seed Neo4j when NEO4J_URI is not set', async () => {
    const config = loadConfig({ LANDSCAPE_DATA_DIR: tempDir('lg-data-') });
    const err = (await failure(seedNeo4j(config))) as Error;
    expect(err.message).toMatch(/NEO4J_URI is not set/);
  });
});

describe("the bulk path's statements under Neo4j's Cypher parser", () => {
  const dir = tempDir('lg-bulk-');
  writeLandscape(generateLandscape({ providers: 20, seed: 1 }), dir, { format: 'bulk', providers: 20, seed: 1 });
  const entries = readBulk(dir).entries;

  it('has one UNWIND … MERGE statement per file, node and relationship files alike', () => {
    expect(entries.length).toBeGreaterThan(20);
    expect(bulkStatement(entries.find((e) => e.kind === 'node' && e.label === 'Provider')!)).toBe(
      'UNWIND $rows AS row MERGE (n:Provider {id: row.id}) SET n += row',
    );
    expect(bulkStatement(entries.find((e) => e.kind === 'edge' && e.type === 'PART_OF' && e.from === 'Segment')!)).toBe(
      'UNWIND $rows AS row MATCH (a:Segment {id: row.from}) MATCH (b:Segment {id: row.to}) MERGE (a)-[r:PART_OF]->(b) SET r += row.props',
    );
  });

  it('passes every statement without errors or warnings', () => {
    const parameters = { rows: [{ id: 'x', from: 'a', to: 'b', props: { sourceSection: 's' } }] };
    const problems = entries.flatMap((e) => lintCypherQuery(bulkStatement(e), { parameters }).diagnostics.map((d) => `${e.file}: ${d.message}`));
    expect(problems).toEqual([]);
  });
});
