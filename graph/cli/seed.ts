// npm run seed — rebuild the graph from cypher/ (or LANDSCAPE_CYPHER_DIR: seed
// files or a bulk directory) in the configured engine (Neo4j when NEO4J_URI is
// set, else the embedded LadybugDB file) and print counts and time. A progress bar
// goes to stderr while a large seed runs, when stderr is a terminal.
import { loadConfig } from '../config';
import { seedConfigured } from '../seed/engine';
import { grouped, progressBar } from './progress';
import { main } from './run';

void main(async () => {
  const bar = progressBar();
  const report = await seedConfigured(loadConfig(), { force: true, progress: (phase, done, total) => bar.update(phase, done, total) }).finally(() => bar.stop());
  const rate = report.format === 'bulk' ? `, bulk: ${grouped(((report.nodes + report.edges) * 1000) / report.ms)} elements/s` : '';
  console.log(
    `seeded ${report.nodes} nodes and ${report.edges} relationships into ${report.target} in ${report.ms.toFixed(0)} ms (${report.engine}${rate})`,
  );
});
