import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LandscapeService } from '../../../graph/landscape/service';
import { seedKuzu } from '../../../graph/seed/loader';
import { LadybugStore } from '../../../graph/stores/ladybug';
import { tempConfig } from '../../helpers';

let inProcess: LadybugStore;
let own: LadybugStore;
beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  inProcess = new LadybugStore(config.kuzuPath);
  own = new LadybugStore(config.kuzuPath, { ownProcess: true });
});
afterAll(async () => {
  await own?.close();
  await inProcess?.close();
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the embedded database in a process of its own (as the server runs it)', () => {
  it('runs in another process and answers queries and views as the engine in this process does', async () => {
    const q = 'MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment) RETURN p.id AS provider, r, s ORDER BY provider, s.id';
    expect((await own.query(q)).rows).toEqual((await inProcess.query(q)).rows);
    expect(await new LandscapeService(own).view({}, 60)).toEqual(await new LandscapeService(inProcess).view({}, 60));
    expect(await new LandscapeService(own).search('compettor')).toEqual(await new LandscapeService(inProcess).search('compettor'));
    expect(own.processId).toBeGreaterThan(0);
    expect(own.processId).not.toBe(process.pid);
  });

  it("gives the engine's own error for a query it refuses, and goes on answering", async () => {
    await expect(own.query('MATCH (n:NoSuchLabel) RETURN n')).rejects.toThrow(/NoSuchLabel/);
    expect(await own.counts()).toEqual({ nodes: 119, edges: 230 });
  });

  it('starts a new process when its process is killed, and a query in flight is answered by the new one', async () => {
    const first = own.processId!;
    const asked = own.query('MATCH (n) RETURN count(n) AS c');
    process.kill(first, 'SIGKILL');
    expect((await asked).rows[0]!.c).toBe(119);
    expect(own.processId).not.toBe(first);
    expect(alive(first)).toBe(false);
    expect((await own.query('MATCH ()-[r]->() RETURN count(r) AS c')).rows[0]!.c).toBe(230);
  });

  it('stops its process when the store is closed', async () => {
    const store = new LadybugStore(own.path, { ownProcess: true });
    await store.counts();
    const pid = store.processId!;
    await store.close();
    expect(alive(pid)).toBe(false);
    await expect(store.query('RETURN 1 AS x')).rejects.toThrow(/closed/);
  });
});
