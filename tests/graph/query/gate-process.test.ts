import { beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors';
import { admitElsewhere, admitStaged, gateProcess, gateProcessReady, startGate } from '../../../graph/query/gate-process';
import { judge } from '../../../graph/query/gate';

// Each test's texts are new to the gate's cache (a suffix of their own), so they are judged in the gate's process.
let n = 0;
const fresh = (query: string) => `${query} // ${n++} ${Math.random()}`;

describe("the gate's process", () => {
  beforeAll(() => {
    startGate();
    return gateProcessReady();
  }, 30_000);

  it('admits what the gate admits, with the same parameters and parse tree', async () => {
    const query = fresh('MATCH (p:Provider {independent: $i})-[r:RANKED_IN]->(s) WHERE r.rank < $top RETURN p.name_en, r.rank');
    const here = judge(query);
    const there = await admitElsewhere(query);
    expect(there.parameters.sort()).toEqual(['i', 'top']);
    expect(there.nodes.map((l) => [l.node.name, l.start, l.end])).toEqual((here as typeof there).nodes.map((l) => [l.node.name, l.start, l.end]));
    // The terminals' spans still belong to nodes of the tree that came back.
    const tree = new Set<unknown>();
    const walk = (t: { children?: unknown[] }) => (tree.add(t), t.children?.forEach((c) => walk(c as typeof t)));
    there.nodes.forEach((l) => walk(l.node));
    expect([...there.terminals.keys()].every((k) => tree.has(k))).toBe(true);
  });

  it("gives a new text's parse-tree verdict before the verdict, the same tree, and the verdict's error wins", async () => {
    const good = fresh('MATCH (p:Provider) WHERE p.independent = $i RETURN p.name_en');
    const staged = admitStaged(good);
    const early = await staged.early;
    const final = await staged.final;
    expect(early?.parameters).toEqual(['i']);
    expect(early?.nodes.map((l) => [l.node.name, l.start, l.end])).toEqual(final.nodes.map((l) => [l.node.name, l.start, l.end]));

    const unaliased = fresh('MATCH (p:Provider) WITH p.name_en RETURN 1');
    const bad = admitStaged(unaliased);
    expect(await bad.early).toBeDefined();
    await expect(bad.final).rejects.toMatchObject({ code: 'SYNTAX', message: 'Expression in WITH must be aliased (use AS)' });
    // Refused by the tree: nothing to run early.
    const write = admitStaged(fresh('MATCH (n) DETACH DELETE n'));
    expect(await write.early).toBeUndefined();
    await expect(write.final).rejects.toMatchObject({ code: 'READ_ONLY' });
    // A text already judged: the verdict at once, no early one.
    const again = admitStaged(good);
    expect(await again.early).toBeUndefined();
    expect((await again.final).parameters).toEqual(['i']);
  });

  it('refuses what the gate refuses, as a GraphError with its code, message and position', async () => {
    const query = fresh('MATCH (n)\nDETACH DELETE n');
    const expected = judge(query) as GraphError;
    const err = await admitElsewhere(query).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GraphError);
    expect(err).toMatchObject({ code: 'READ_ONLY', message: expected.message, details: expected.details });
    expect((err as GraphError).details.position?.line).toBe(2);
  });

  it('leaves the event loop free while it parses a new query', async () => {
    let ranMeanwhile = false;
    const before = gateProcess.judged;
    const verdict = admitElsewhere(fresh('MATCH (a)-[:OFFERS]->(b)<-[:OFFERS]-(c) WITH a, collect(c.name_en) AS peers RETURN a.name_en, peers ORDER BY size(peers) DESC'));
    setTimeout(() => (ranMeanwhile = true), 0);
    await verdict;
    expect(ranMeanwhile).toBe(true);
    expect(gateProcess.judged).toBe(before + 1);
  });

  it('answers many new queries at once, each with its own verdict', async () => {
    const queries = Array.from({ length: 20 }, (_, i) => fresh(`RETURN ${i} AS x`));
    const before = gateProcess.judged;
    const verdicts = await Promise.all([...queries, ...queries].map((q) => admitElsewhere(q)));
    // Twice the same new text: judged once.
    expect(gateProcess.judged).toBe(before + queries.length);
    expect(verdicts.every((v) => v.parameters.length === 0)).toBe(true);
    expect(verdicts.map((v) => v.nodes.length)).toEqual([...queries, ...queries].map((q) => (judge(q) as typeof verdicts[0]).nodes.length));
  });

  it('leaves the verdict to the calling process when it dies, and gives the same one', async () => {
    const query = fresh('MATCH (n:Provider) WHERE n.independent RETURN n.name_en');
    process.kill(gateProcess.pid!, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    const before = gateProcess.judged;
    const admitted = await admitElsewhere(query);
    expect(gateProcess.judged).toBe(before);
    expect(admitted.nodes.map((l) => l.node.name)).toEqual((judge(query) as typeof admitted).nodes.map((l) => l.node.name));
  });
});
