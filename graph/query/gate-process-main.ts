// The gate's process: judges query texts the server has not seen, so that
// Neo4j's parser (40-50 ms for a new query) never holds up the server's event
// loop, and with it every other request. Verdicts go back over IPC with V8's
// serializer, which keeps the parse tree's shared nodes shared.
import { GraphError } from '../errors';
import { judge, judgeTree } from './gate';
import type { GateReply, GateRequest } from './gate-process';

// tsx turns source maps on; with them Node would read the parser's 28 MB map when gate.ts first loads the parser.
process.setSourceMapsEnabled(false);

process.on('message', ({ id, query }: GateRequest) => {
  // The parse tree's verdict first (2 ms), so the server can start the query while the semantic analysis runs.
  let early: ReturnType<typeof judgeTree>;
  try {
    early = judgeTree(query);
    if (early) process.send?.({ id, early } satisfies GateReply);
  } catch {
    // The final verdict below says what is wrong.
  }
  let reply: GateReply;
  try {
    // The semantic analysis only, when the tree admitted the text: its verdict is the tree's unless the analysis refuses.
    const verdict = judge(query, early);
    reply = verdict instanceof GraphError ? { id, error: { code: verdict.code, message: verdict.message, details: verdict.details } } : { id, admitted: verdict };
  } catch (err) {
    reply = { id, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err), details: {} } };
  }
  process.send?.(reply);
});
process.on('disconnect', () => process.exit(0));
// Loading the parser takes a second or two; until this arrives the server judges for itself.
process.send?.({ ready: true });
