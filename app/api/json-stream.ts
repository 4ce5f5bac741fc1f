// A JSON response written in slices. A big view (100,000 elements) is 22 MB
// of JSON; JSON.stringify would hold all of it as one string (twice that in
// memory when names are Chinese, as V8 then stores two bytes a character)
// next to the objects it came from. Streaming the arrays a slice at a time
// keeps the server's peak memory near what it holds anyway.

const SLICE = 1_000;
/**
 * Bytes gathered into one chunk of the response: each chunk is a write to the socket, and under the bench's load
 * test the writes of the real landscape's small views (a dozen chunks each) were a sixth of the server's time.
 */
const CHUNK_CHARS = 64 * 1024;

/** The same bytes as Response.json(body), produced lazily; arrays at the top level are sliced. */
export function streamJson(body: Record<string, unknown>): Response {
  const encoder = new TextEncoder();
  function* parts(): Generator<string> {
    yield '{';
    let first = true;
    for (const [key, value] of Object.entries(body)) {
      const head = `${first ? '' : ','}${JSON.stringify(key)}:`;
      if (Array.isArray(value)) {
        yield `${head}[`;
        for (let i = 0; i < value.length; i += SLICE) {
          // One JSON.stringify of the slice, not one per element (a fifth of the server's CPU for a small view
          // under the bench's load test); the same bytes, undefined elements too (null).
          const slice = JSON.stringify(value.slice(i, i + SLICE));
          yield (i ? ',' : '') + slice.slice(1, -1);
        }
        yield ']';
      } else {
        // As JSON.stringify: a key whose value has no JSON form (undefined) is left out.
        const json = JSON.stringify(value) as string | undefined;
        if (json === undefined) continue;
        yield head + json;
      }
      first = false;
    }
    yield '}';
  }
  const it = parts();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      for (let next = it.next(); ; next = it.next()) {
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
        if (chunk.length >= CHUNK_CHARS) break;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/json' } });
}
