// First-load JavaScript of a page: every script the page's HTML loads or
// preloads from /_next/static, gzipped as a server would send it. Run as
// `npm run size` (builds if stale, starts the app, measures `/`).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

export const FIRST_LOAD_LIMIT = 300 * 1024;

/**
 * Scripts a modern browser fetches for the page. `nomodule` scripts (Next's
 * legacy polyfills) are left out: browsers with ES modules skip them.
 */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\snomodule/i.test(tag)) urls.add(src);
  }
  for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>/g)) {
    const tag = m[0];
    if (!/as="script"/.test(tag) && !/modulepreload/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href) urls.add(href);
  }
  return [...urls].filter((u) => u.includes('/_next/static/')).map((u) => u.replace(/&amp;/g, '&'));
}

export function firstLoadJs(html: string, root: string): { scripts: ScriptSize[]; bytes: number; gzip: number } {
  const scripts = scriptUrls(html).map((url) => {
    const rel = decodeURIComponent(url.replace(/^.*\/_next\/static\//, '').replace(/\?.*$/, ''));
    const file = path.join(root, '.next', 'static', rel);
    const data = fs.readFileSync(file);
    return { file: `.next/static/${rel}`, bytes: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
  });
  return {
    scripts,
    bytes: scripts.reduce((a, s) => a + s.bytes, 0),
    gzip: scripts.reduce((a, s) => a + s.gzip, 0),
  };
}

export function report(name: string, r: ReturnType<typeof firstLoadJs>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const lines = r.scripts.map((s) => `  ${s.file.padEnd(60)} ${kb(s.bytes).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
  return [
    `First-load JS of ${name}: ${kb(r.gzip)} gzipped (${kb(r.bytes)} raw) in ${r.scripts.length} scripts; limit ${kb(FIRST_LOAD_LIMIT)}`,
    ...lines,
  ].join('\n');
}

async function main() {
  const { startServer } = await import('../app/server');
  const { repoRoot } = await import('../helpers');
  const server = await startServer();
  try {
    for (const page of ['/', '/value-chain']) {
      const html = await (await fetch(server.url + page)).text();
      const r = firstLoadJs(html, repoRoot);
      console.log(report(page, r));
      if (page === '/' && r.gzip > FIRST_LOAD_LIMIT) process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
