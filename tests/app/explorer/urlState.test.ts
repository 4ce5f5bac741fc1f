// The explorer's URL: the cap on a view and the renderer round-trip, and bad
// values fall back to the defaults instead of breaking the page.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_MAX } from '../../../app/components/canvas/bigView';
import { defaultState, graphUrl, parseState, serializeState } from '../../../app/explorer/urlState';

describe('the cap on a view in the URL', () => {
  it('round-trips max and renderer, and leaves the defaults out', () => {
    const s = parseState({ max: '30000', renderer: 'webgl' });
    expect(s).toMatchObject({ max: 30_000, renderer: 'webgl' });
    expect(serializeState(s)).toContain('max=30000');
    expect(serializeState(s)).toContain('renderer=webgl');
    expect(serializeState(defaultState)).not.toMatch(/max=|renderer=/);
  });

  it.each(['lots', '-5', '0', '1e5', '100001', '2.5', ''])('falls back to the default for max=%s', (max) => {
    expect(parseState({ max }).max).toBe(DEFAULT_VIEW_MAX);
  });

  it('falls back to auto for an unknown renderer', () => {
    expect(parseState({ renderer: 'svg' }).renderer).toBe('auto');
  });

  it('asks the API for the same capped view the page preloads', () => {
    expect(graphUrl(parseState({ max: '5000' }).max)).toBe('/api/graph?max=5000');
  });
});
