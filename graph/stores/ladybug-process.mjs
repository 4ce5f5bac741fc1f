// The embedded database's own process (graph/stores/ladybug-engine.ts): it
// holds the server's read-only handle on the LadybugDB file and runs the
// queries the store sends (ladybug-local.mjs), answering the engine's rows
// as they are (the store maps them). The engine's memory (its buffer pool, its
// per-query allocations, 60 MB at open) and a native crash stay out of the
// server, as Neo4j's do in its JVM. Plain JavaScript, for a quick start and
// a small heap. It exits when the server goes.
import { LocalEngine } from './ladybug-local.mjs';

const [dbPath, optionsJson] = process.argv.slice(2);
const engine = new LocalEngine(dbPath, { ...JSON.parse(optionsJson), readOnly: true });

// The engine runs one query at a time; answers go back in that order.
process.on('message', async (msg) => {
  try {
    const { search } = msg;
    const answer = search ? { candidates: await engine.search(search.needle, search.limit, search.hits) } : await engine.run(msg.cypher, msg.params);
    process.send?.({ id: msg.id, ok: true, ...answer });
  } catch (err) {
    process.send?.({ id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
process.on('disconnect', () => process.exit(0));
// Opened before it says so: the first query then waits for nothing but itself.
await engine.init();
process.send?.({ ready: true });
