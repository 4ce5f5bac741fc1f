// A lean keep-alive HTTP client for timing the server: fetch (undici) adds
// about a millisecond of its own per request on this machine, which would be
// counted as server overhead.
import http from 'node:http';

export interface HttpAnswer {
  status: number;
  body: string;
}

/** One keep-alive connection to `baseUrl`: GET and POST with a JSON body, one request at a time. */
export function httpClient(baseUrl: string, opts: { timeoutMs?: number } = {}) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (method: 'GET' | 'POST', path: string, payload?: unknown) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const body = payload === undefined ? undefined : JSON.stringify(payload);
      const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      const req = http.request({ host: url.hostname, port: url.port, path, method, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      if (opts.timeoutMs) req.setTimeout(opts.timeoutMs, () => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  return { request, close: () => agent.destroy() };
}

export function jsonPoster(baseUrl: string) {
  const { request } = httpClient(baseUrl);
  return (path: string, payload: unknown) => request('POST', path, payload);
}
