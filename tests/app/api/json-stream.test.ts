// The sliced JSON response of big views gives exactly what Response.json gives.
import { describe, expect, it } from 'vitest';
import { streamJson } from '../../../app/api/json-stream';

describe('a JSON response written in slices', () => {
  it('is byte for byte what Response.json writes, across slice boundaries and in Chinese', async () => {
    const body = {
      nodes: Array.from({ length: 2_345 }, (_, i) => ({ id: `n${i}`, name_zh: `節點${i}`, quote: 'a "b" \\ c' })),
      edges: [],
      total: { nodes: 2_345, edges: 0 },
      truncated: true,
      missing: undefined,
    };
    const streamed = streamJson(body);
    expect(streamed.headers.get('content-type')).toBe('application/json');
    const text = await streamed.text();
    expect(text).toBe(await Response.json(body).text());
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it('writes a small view in one chunk and a big one in chunks of bounded size', async () => {
    const chunks = async (body: Record<string, unknown>) => {
      const sizes: number[] = [];
      const reader = streamJson(body).body!.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) sizes.push(r.value.length);
      return sizes;
    };
    const small = { nodes: Array.from({ length: 119 }, (_, i) => ({ id: `n${i}` })), edges: Array.from({ length: 230 }, (_, i) => ({ id: `e${i}` })), total: 349 };
    expect(await chunks(small)).toHaveLength(1);
    const big = await chunks({ nodes: Array.from({ length: 50_000 }, (_, i) => ({ id: `node-${i}`, name_en: `Provider number ${i}` })) });
    expect(big.length).toBeGreaterThan(10);
    expect(Math.max(...big)).toBeLessThan(1024 * 1024);
  });
});
