// npm run seed — rebuild the embedded database from cypher/ and print counts and time.
import { loadConfig } from '../config';
import { seedKuzu } from '../seed/loader';
import { main } from './run';

void main(async () => {
  const config = loadConfig();
  const report = await seedKuzu(config, { force: true });
  console.log(
    `seeded ${report.nodes} nodes and ${report.edges} relationships into ${config.kuzuPath} in ${report.ms.toFixed(0)} ms (${report.engine})`,
  );
});
