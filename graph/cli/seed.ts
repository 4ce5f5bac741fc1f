// npm run seed — rebuild the graph from cypher/ in the configured engine
// (Neo4j when NEO4J_URI is set, else the embedded Kuzu file) and print counts and time.
import { loadConfig } from '../config';
import { seedConfigured } from '../seed/engine';
import { main } from './run';

void main(async () => {
  const report = await seedConfigured(loadConfig(), { force: true });
  console.log(
    `seeded ${report.nodes} nodes and ${report.edges} relationships into ${report.target} in ${report.ms.toFixed(0)} ms (${report.engine})`,
  );
});
