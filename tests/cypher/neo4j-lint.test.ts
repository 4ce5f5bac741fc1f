// The seeds must be Cypher that Neo4j accepts, not only Kuzu: each file is
// checked with Neo4j's own parser and semantic analysis.
import fs from 'node:fs';
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { seedFiles } from '../../graph/seed/files';
import { repoRoot } from '../helpers';

const files = seedFiles(path.join(repoRoot, 'cypher'));

describe("seed files under Neo4j's Cypher parser (lintCypherQuery)", () => {
  it('has seed files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s has no errors and no warnings', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const diagnostics = lintCypherQuery(text, {}).diagnostics.map(
      (d) => `${path.basename(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`,
    );
    expect(diagnostics).toEqual([]);
  });

  it('catches a broken statement, so the check above can fail', () => {
    const { diagnostics } = lintCypherQuery("MERGE (n:Provider {id: 'x'}) SET n.name_en = ;", {});
    expect(diagnostics[0]?.severity).toBe(1);
  });
});
