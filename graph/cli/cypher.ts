// npm run cypher -- "<query>" [--json] [--params '{"k":1}'] — one read query, printed.
// It passes the same gate as the HTTP API, so a query means the same thing
// everywhere and errors point at their position.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { admit } from '../query/gate';
import { checkParams } from '../query/params';
import { openStore } from '../stores';
import { renderTable } from './format';
import { main } from './run';

void main(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, params: { type: 'string' } },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new Error('usage: npm run cypher -- "<query>" [--json] [--params JSON]');
  const params = values.params ? (JSON.parse(values.params) as Record<string, unknown>) : {};
  const { parameters } = admit(query);
  const store = await openStore(loadConfig());
  try {
    const res = await store.query(query, checkParams(parameters, params));
    console.log(values.json ? JSON.stringify(res, null, 2) : renderTable(res));
  } finally {
    await store.close();
  }
});
