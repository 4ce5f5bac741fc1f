import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../../graph/seed/files';
import { SeedError } from '../../../graph/seed/parse';
import { tempDir } from '../../helpers';

function seedDir(files: Record<string, string>): string {
  const dir = tempDir('lg-seed-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function problemsOf(files: Record<string, string>): string[] {
  try {
    readSeeds(seedDir(files));
  } catch (err) {
    if (err instanceof SeedError) return err.problems.map((p) => p.replace(/[^\s(]*\/(\d\d-[a-z]+\.cypher)/g, '$1'));
    throw err;
  }
  return [];
}

const provider = (id: string, extra = '') =>
  `MERGE (n:Provider {id: '${id}'})\nSET n.name_en = 'P ${id}', n.name_zh = '提供商', n.independent = true${extra};\n`;

describe('a valid seed set', () => {
  it('parses into the nodes and relationships it defines, with escaped quotes intact', () => {
    const dir = seedDir({
      '01-a.cypher': `// providers\n${provider('p1', ", n.summary_en = 'It\\'s one'")}` +
        `MERGE (n:Segment {id: 's1'}) SET n.name_en = 'S', n.name_zh = '市場', n.level = 'market', n.size_2023 = 22.9, n.size_unit = 'RMB bn', n.sourceSection = '競爭格局';\n` +
        `MATCH (a:Provider {id: 'p1'})\nMATCH (b:Segment {id: 's1'})\nMERGE (a)-[r:RANKED_IN]->(b)\nSET r.year = 2023, r.rank = 1, r.revenue = 3.89, r.revenue_unit = 'RMB bn', r.share = 17.0, r.sourceSection = '競爭格局';\n`,
    });
    const seeds = readSeeds(dir);
    expect(seeds.graph.nodes.map((n) => n.id)).toEqual(['p1', 's1']);
    expect(seeds.graph.nodes[0]!.properties.summary_en).toBe("It's one");
    expect(seeds.graph.edges).toEqual([
      expect.objectContaining({ id: 'RANKED_IN:p1->s1', source: 'p1', target: 's1', properties: expect.objectContaining({ share: 17, rank: 1 }) }),
    ]);
  });
});

describe('a bad seed file is reported with its file and line', () => {
  it('reports a duplicate id at the second definition and names the first', () => {
    expect(problemsOf({ '01-a.cypher': provider('p1'), '02-b.cypher': `\n\n${provider('p1')}` })).toEqual([
      "02-b.cypher:3: duplicate id 'p1' (first defined at 01-a.cypher:1)",
    ]);
  });

  it('reports a syntax error at the line it is on', () => {
    const problems = problemsOf({ '01-a.cypher': `${provider('p1')}\nMERGE (n:Provider {id: 'p2'})\nSET n.name_en = 'x',\n    n.name_zh = ;\n` });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^01-a\.cypher:6: value of name_zh must be a string, number or boolean literal/);
  });

  it('reports an unterminated string and a statement without a semicolon', () => {
    expect(problemsOf({ '01-a.cypher': `${provider('p1')}MERGE (n:Provider {id: 'p2'}) SET n.name_en = 'oops;\n` })).toEqual([
      '01-a.cypher:3: unterminated \' string',
    ]);
    expect(problemsOf({ '01-a.cypher': `${provider('p1')}MERGE (n:Provider {id: 'p2'}) SET n.name_en = 'x'\n` })).toEqual([
      '01-a.cypher:3: statement does not end with ";"',
    ]);
  });

  it('refuses statements outside the seed grammar, such as a DELETE', () => {
    const [problem] = problemsOf({ '01-a.cypher': `${provider('p1')}MATCH (n) DETACH DELETE n;\n` });
    expect(problem).toMatch(/^01-a\.cypher:3: unsupported statement "MATCH \(n\) DETACH DELETE n/);
  });

  it('refuses a relationship to an id that is not defined above it', () => {
    const problems = problemsOf({
      '01-a.cypher': `${provider('p1')}MATCH (a:Provider {id: 'p1'})\nMATCH (b:Layer {id: 'nope'})\nMERGE (a)-[r:OFFERS]->(b);\n`,
    });
    expect(problems).toEqual(["01-a.cypher:3: Layer 'nope' is not defined above this statement"]);
  });

  it('checks properties against the zod model: unknown names, types and enum values', () => {
    const problems = problemsOf({
      '01-a.cypher':
        provider('p1', ', n.colour = \'red\'') +
        `MERGE (n:Segment {id: 's1'})\nSET n.name_en = 'S', n.name_zh = '市場', n.level = 'planet',\n  n.size_2023 = 22, n.sourceSection = 'x';\n`,
    });
    expect(problems).toContain('01-a.cypher:2: Provider has no property "colour" in the model');
    expect(problems).toContain('01-a.cypher:5: Segment.size_2023 must be DOUBLE written with a decimal point, found 22');
    expect(problems.some((p) => p.startsWith('01-a.cypher:4: Segment \'s1\': level:'))).toBe(true);
  });

  it('refuses a figure without a sourceSection', () => {
    const problems = problemsOf({
      '01-a.cypher': `MERGE (n:Segment {id: 's1'}) SET n.name_en = 'S', n.name_zh = '市場', n.level = 'market', n.size_2023 = 22.9;\n`,
    });
    expect(problems).toEqual(["01-a.cypher:1: Segment 's1': carries figures (size_2023) but has no sourceSection"]);
  });
});
