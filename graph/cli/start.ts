// npm start — seed the configured database (LadybugDB, or Neo4j when NEO4J_URI is
// set) if needed, build the app if needed, then serve it on PORT (default 3000)
// at HOST (default 127.0.0.1: this machine only — there is no sign-in), with
// Next.js telemetry off unless NEXT_TELEMETRY_DISABLED says otherwise.
import { spawn } from 'node:child_process';
import { loadConfig } from '../config';
import { seedConfigured } from '../seed/engine';
import { ensureBuilt, nextEnv, nextStart } from './build';
import { progressBar } from './progress';
import { main } from './run';

void main(async () => {
  const bar = progressBar();
  const report = await seedConfigured(loadConfig(), { progress: (phase, done, total) => bar.update(phase, done, total) }).finally(() => bar.stop());
  console.log(
    report.rebuilt
      ? `seeded ${report.nodes} nodes and ${report.edges} relationships into ${report.target} in ${report.ms.toFixed(0)} ms (${report.engine})`
      : `database is up to date (${report.nodes} nodes, ${report.edges} relationships in ${report.target}, ${report.engine})`,
  );
  ensureBuilt();
  const port = process.env.PORT ?? '3000';
  const host = process.env.HOST || '127.0.0.1';
  const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  console.log(
    loopback
      ? `serving on ${host} only (set HOST=0.0.0.0 to serve your network; there is no sign-in)`
      : `serving on ${host}: anyone who can reach this machine can read the landscape and run queries (there is no sign-in)`,
  );
  const next = nextStart(['-p', port, '-H', host], nextEnv(process.env));
  const server = spawn(next.cmd, next.args, { stdio: 'inherit', env: next.env });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
  await new Promise<void>((resolve) => server.on('exit', (code) => ((process.exitCode = code ?? 0), resolve())));
});
