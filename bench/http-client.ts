// A lean keep-alive HTTP client for timing the server: fetch (undici) adds
// about a millisecond of its own per request on this machine, which would be
// counted as server overhead.
import http from 'node:http';

export function jsonPoster(baseUrl: string) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (path: string, payload: unknown) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const body = JSON.stringify(payload);
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}
