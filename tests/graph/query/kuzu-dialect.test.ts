import { describe, expect, it } from 'vitest';
import { toKuzuDialect } from '../../../graph/query/kuzu-dialect';

describe("Neo4j's Cypher mapped to Kuzu's dialect", () => {
  it('maps type(r) to label(r) and keeps the column name Neo4j would give', () => {
    expect(toKuzuDialect('MATCH ()-[r]->() RETURN type(r), r.x')).toBe('MATCH ()-[r]->() RETURN label(r) AS `type(r)`, r.x');
  });

  it('leaves an aliased or filtering use unaliased', () => {
    expect(toKuzuDialect("MATCH ()-[r]->() WHERE type(r) = 'X' RETURN type(r) AS t")).toBe(
      "MATCH ()-[r]->() WHERE label(r) = 'X' RETURN label(r) AS t",
    );
  });

  it('does not touch strings, comments, properties or labels named type', () => {
    const q = "MATCH (n:type {type: 'type(x)'}) // type(r)\nRETURN n.type";
    expect(toKuzuDialect(q)).toBe(q);
  });
});
