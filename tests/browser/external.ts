// The server a browser test drives: the real app started by the test
// (next start on its own data), or, while developing, one already running at
// LG_BROWSER_URL (e.g. `next dev`), which the test then leaves running.
import type { RunningServer } from '../app/server';

export async function serverUnderTest(start: () => Promise<RunningServer>): Promise<RunningServer> {
  const url = process.env.LG_BROWSER_URL?.replace(/\/$/, '');
  if (!url) return start();
  return {
    url,
    pid: 0, // not ours
    readyMs: 0,
    startedAt: 0,
    dataDir: '',
    cypher: async (body) => {
      const res = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, text, json: () => JSON.parse(text) };
    },
    stop: async () => undefined,
  };
}
