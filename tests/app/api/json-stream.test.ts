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
});
