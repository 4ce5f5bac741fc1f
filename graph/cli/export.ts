// npm run export -- --format json|graphml|cypher [--out FILE]
// With no --out the document goes to stdout and nothing else does.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { toCypher } from '../export/cypher';
import { toGraphML } from '../export/graphml';
import { openStore } from '../stores';
import { main } from './run';

const formats = {
  json: (doc: Parameters<typeof toCypher>[0]) => JSON.stringify(doc) + '\n',
  graphml: toGraphML,
  cypher: toCypher,
} as const;

void main(async () => {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } } });
  const render = formats[values.format as keyof typeof formats];
  if (!render) throw new Error(`unknown --format "${values.format}" (use json, graphml or cypher)`);
  const store = await openStore(loadConfig());
  try {
    const text = render(await store.exportGraph());
    if (values.out) {
      fs.writeFileSync(values.out, text);
      process.stderr.write(`wrote ${values.out}\n`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await store.close();
  }
});
