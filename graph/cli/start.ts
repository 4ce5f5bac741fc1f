// npm start — seed the embedded database if needed, build the app if needed,
// then serve it on PORT (default 3000).
import { spawn } from 'node:child_process';
import { loadConfig } from '../config';
import { seedKuzu } from '../seed/loader';
import { ensureBuilt, nextBin } from './build';
import { main } from './run';

void main(async () => {
  const config = loadConfig();
  if (!config.neo4j) {
    const report = await seedKuzu(config);
    console.log(
      report.rebuilt
        ? `seeded ${report.nodes} nodes and ${report.edges} relationships in ${report.ms.toFixed(0)} ms`
        : `database is up to date (${report.nodes} nodes, ${report.edges} relationships)`,
    );
  }
  ensureBuilt();
  const port = process.env.PORT ?? '3000';
  const server = spawn(nextBin, ['start', '-p', port], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
  await new Promise<void>((resolve) => server.on('exit', (code) => ((process.exitCode = code ?? 0), resolve())));
});
