// npm run generate, then npm run seed of what it wrote, as a user runs them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GeneratedMeta } from '../../../graph/generate/write';
import { graphDocumentSchema } from '../../../graph/model';
import { installedLadybugVersion } from '../../engines';
import { seedCopy, tempDir } from '../../helpers';
import { npmRun } from '../cli/cli';

describe('npm run generate', () => {
  it.each(['bulk', 'cypher'] as const)('writes a %s landscape that npm run seed loads into its own database with the printed counts', (format) => {
    const out = path.join(tempDir('lg-gen-'), 'landscape');
    const gen = npmRun(['generate', '--', '--providers', '60', '--seed', '5', '--out', out, '--format', format]);
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);
    const meta = JSON.parse(fs.readFileSync(path.join(out, 'generated.json'), 'utf8')) as GeneratedMeta;
    const kind = format === 'bulk' ? 'bulk CSV' : 'Cypher seed';
    expect(gen.stdout).toMatch(new RegExp(`^generated ${meta.nodes} nodes and ${meta.relationships.toLocaleString('en-US')} relationships \\(providers 60, seed 5\\) as ${kind} files in ${out}/ \\(\\d+ files\\) in [\\d.]+ s$`, 'm'));
    expect(gen.stdout).toContain(`nodes: Layer 7, LayerAttribute 5, ValueChainRole 4, Source 2, Exchange 1, Technology 3, Segment 12, Provider 60,`);

    const env = { LANDSCAPE_CYPHER_DIR: out, LANDSCAPE_DATA_DIR: tempDir('lg-data-'), NEO4J_URI: '' };
    const seed = npmRun(['seed'], env);
    expect(seed.status).toBe(0);
    // not a terminal: no progress bar, only the summary line
    expect(seed.stderr).toBe('');
    const rate = format === 'bulk' ? ', bulk: [\\d,]+ elements/s' : '';
    const engine = `ladybugdb ${installedLadybugVersion()}`.replace(/\./g, '\\.');
    expect(seed.stdout).toMatch(new RegExp(`^seeded ${meta.nodes} nodes and ${meta.relationships} relationships into .*landscape\\.lbug in \\d+ ms \\(${engine}${rate}\\)\\n$`));
    const exported = graphDocumentSchema.parse(JSON.parse(npmRun(['export', '--', '--format', 'json'], env).stdout));
    expect([exported.nodes.length, exported.edges.length]).toEqual([meta.nodes, meta.relationships]);
  });

  it('refuses a --providers that is not a whole number, with the usage', () => {
    const res = npmRun(['generate', '--', '--providers', 'many']);
    expect(res.status).toBe(1);
    expect(res.stderr).toBe('error: --providers must be a whole number\nusage: npm run generate -- --providers N [--seed S] [--out DIR] [--format cypher|bulk]\n');
  });

  it('refuses to write into a directory of seed files it did not write, such as a copy of cypher/', () => {
    const dir = seedCopy();
    const before = fs.readdirSync(dir);
    const res = npmRun(['generate', '--', '--providers', '20', '--out', dir]);
    expect(res.status).toBe(1);
    expect(res.stderr).toBe(`error: ${dir} holds seed or CSV files that npm run generate did not write; choose another --out\n`);
    expect(fs.readdirSync(dir)).toEqual(before);
  });
});
