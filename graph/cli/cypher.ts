// npm run cypher -- "<query>" [--json] [--params '{"k":1}'] — one read query, printed.
// npm run cypher -- --batch — one query a line on stdin ({"query": …, "params": …}),
// one JSON answer a line on stdout ({columns, rows} or {error: {code, message, …}}),
// for scripts. It takes the HTTP API's path (graph/query/runner.ts: the gate,
// parameter checks, on the embedded engine the translation of Neo4j's Cypher
// and the worker pool), so a query means the same thing everywhere and errors
// point at their position.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { GraphError } from '../errors';
import { adHocRunner, type AdHocRunner } from '../query/runner';
import { runAdHoc } from '../query/service';
import { openStore } from '../stores';
import { renderTable } from './format';
import { main } from './run';

async function answer(runner: AdHocRunner, query: string, params: Record<string, unknown>) {
  const { columns, rows, summary } = await runAdHoc(runner.run, query, params);
  return { columns, rows, ...(summary.truncated ? { truncated: true } : {}) };
}

async function batch(runner: AdHocRunner) {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  for (const line of input.split('\n')) {
    if (!line.trim()) continue;
    let out: unknown;
    try {
      const { query, params } = JSON.parse(line) as { query: string; params?: Record<string, unknown> };
      out = await answer(runner, query, params ?? {});
    } catch (err) {
      const e = err instanceof GraphError ? err : new GraphError('BAD_REQUEST', err instanceof Error ? err.message : String(err));
      out = { error: { code: e.code, message: e.message, ...e.details } };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

void main(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, params: { type: 'string' }, batch: { type: 'boolean', default: false } },
  });
  const query = positionals.join(' ').trim();
  if (!query && !values.batch) throw new Error('usage: npm run cypher -- "<query>" [--json] [--params JSON] | --batch');
  const params = values.params ? (JSON.parse(values.params) as Record<string, unknown>) : {};
  const config = loadConfig();
  const store = await openStore(config);
  // One query at a time: one worker process is enough.
  const runner = adHocRunner(config, store, { workers: 1 });
  try {
    if (values.batch) return await batch(runner);
    const res = await answer(runner, query, params);
    console.log(values.json ? JSON.stringify(res, null, 2) : renderTable(res));
  } finally {
    await runner.close();
    await store.close();
  }
});
