// npm run neo4j — a real Neo4j 5 on loopback for people without Docker:
// prints the NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD to give `npm start`,
// keeps its store in --data (default .data/neo4j) and stops on Ctrl-C/SIGTERM.
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LauncherError, startNeo4j } from './launcher';

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.join('.data', 'neo4j') },
      port: { type: 'string' },
      password: { type: 'string' },
      heap: { type: 'string', default: '2g' },
    },
  });
  // Neo4j's usual port when it is free, so a restart keeps the same URI; a free one otherwise.
  const port = values.port !== undefined ? Number(values.port) : (await portFree(7687)) ? 7687 : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LauncherError(`--port must be a port number, found "${values.port}"`);
  process.stderr.write(`starting Neo4j (data in ${values.data}; the first start downloads it from Maven Central) …\n`);
  const server = await startNeo4j({ dataDir: values.data!, port, password: values.password ?? process.env.NEO4J_PASSWORD, heap: values.heap });
  const env = `NEO4J_URI=${server.uri} NEO4J_USER=${server.user} NEO4J_PASSWORD=${server.password}`;
  console.log(`Neo4j is ready at ${server.uri} (authentication on, user ${server.user}) in ${(server.readyMs / 1000).toFixed(1)} s.`);
  console.log(`In another terminal:\n  ${env} npm start\n  ${env} npm run seed`);
  console.log('Ctrl-C stops it.');
  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      void server.stop().then(() => console.log('Neo4j stopped.'));
    });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof LauncherError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
