import lbug from '@ladybugdb/core';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { DEGREE_PROPERTY, kuzuDdl, neo4jConstraints, nodeLabels, nodeSchemas, relSchemas, relTypes } from '../../../graph/model';

async function rows(conn: InstanceType<typeof lbug.Connection>, q: string) {
  const r = await conn.query(q);
  return (Array.isArray(r) ? r[0]! : r).getAll();
}

describe('schema generated from the zod model', () => {
  it('creates in a real LadybugDB database exactly the labels, relationship types and columns of the model, and the seed\'s degree', async () => {
    const db = new lbug.Database(':memory:');
    const conn = new lbug.Connection(db);
    for (const ddl of kuzuDdl()) await conn.query(ddl);
    const tables = await rows(conn, 'CALL show_tables() RETURN name, type');
    expect(tables.filter((t) => t.type === 'NODE').map((t) => t.name).sort()).toEqual([...nodeLabels].sort());
    expect(tables.filter((t) => t.type === 'REL').map((t) => t.name).sort()).toEqual([...relTypes].sort());
    const provider = await rows(conn, "CALL table_info('Provider') RETURN name, type");
    expect(provider.map((c) => c.name)).toEqual([...Object.keys(nodeSchemas.Provider.shape), DEGREE_PROPERTY]);
    expect(provider.find((c) => c.name === 'independent')?.type).toBe('BOOL');
    const ranked = await rows(conn, "CALL table_info('RANKED_IN') RETURN name, type");
    expect(ranked.map((c) => c.name)).toEqual(Object.keys(relSchemas.RANKED_IN.props.shape));
    expect(ranked.find((c) => c.name === 'share')?.type).toBe('DOUBLE');
    await conn.close();
    await db.close();
  });

  it('is idempotent: running the DDL twice changes nothing', async () => {
    const db = new lbug.Database(':memory:');
    const conn = new lbug.Connection(db);
    for (const ddl of [...kuzuDdl(), ...kuzuDdl()]) await conn.query(ddl);
    expect(await rows(conn, 'CALL show_tables() RETURN count(*) AS c')).toEqual([{ c: nodeLabels.length + relTypes.length }]);
  });

  it('gives Neo4j one uniqueness constraint on id per label, valid for Neo4j\'s own parser', () => {
    const constraints = neo4jConstraints();
    expect(constraints).toHaveLength(nodeLabels.length);
    for (const label of nodeLabels) {
      expect(constraints).toContain(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    }
    for (const c of constraints) expect(lintCypherQuery(c, {}).diagnostics).toEqual([]);
  });
});
