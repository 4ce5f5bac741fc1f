// npm run audit — recompute what the document states twice and print each check.
import Table from 'cli-table3';
import { parseArgs } from 'node:util';
import { auditGraph } from '../audit/checks';
import { loadConfig } from '../config';
import { openStore } from '../stores';
import { main } from './run';

void main(async () => {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const store = await openStore(loadConfig());
  try {
    const checks = auditGraph(await store.exportGraph());
    if (values.json) {
      console.log(JSON.stringify(checks, null, 2));
      return;
    }
    const table = new Table({ head: ['check', 'result', 'stated', 'computed', 'stated at', 'computed from'], style: { head: [], border: [] }, colWidths: [46, 20, 9, 10, 40, 48], wordWrap: true });
    for (const c of checks) {
      table.push([c.check, c.pass ? 'pass' : `FLAG: off by ${c.difference} beyond rounding`, c.stated, c.computed, c.statedAt, c.computedFrom]);
    }
    console.log(table.toString());
    const flagged = checks.filter((c) => !c.pass).length;
    console.log(`${checks.length} checks: ${checks.length - flagged} consistent, ${flagged} flagged (differences beyond rounding, as stated in the document)`);
  } finally {
    await store.close();
  }
});
