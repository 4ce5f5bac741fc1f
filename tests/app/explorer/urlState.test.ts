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

describe('slicers, style rules and paths in the URL', () => {
  it('round-trip, so that a shared link reopens them', () => {
    const s = parseState({
      slice: 'RANKED_IN.share@av-paas~10~20',
      sliceMode: 'hide',
      colourBy: 'Provider.independent',
      sizeBy: 'RANKED_IN.share@av-paas',
      captionBy: '>Layer',
      path: 'competitor-d,end-user',
      pathMode: 'all',
      hops: '4',
      pathShown: '2',
    });
    expect(s.slicers).toEqual([{ owner: 'RANKED_IN', prop: 'share', at: 'av-paas', lo: 10, hi: 20 }]);
    expect(s.sliceMode).toBe('hide');
    expect(s.rules).toEqual({ colour: 'Provider.independent', size: 'RANKED_IN.share@av-paas', caption: '>Layer' });
    expect(s.path).toEqual({ from: 'competitor-d', to: 'end-user', mode: 'all', k: 4, shown: 2 });
    const search = serializeState(s);
    expect(search).toContain('slice=RANKED_IN.share@av-paas~10~20');
    expect(parseState(Object.fromEntries(new URLSearchParams(search)))).toEqual(s);
  });

  it('leaves the defaults out and drops what is malformed', () => {
    expect(serializeState(defaultState)).not.toMatch(/slice|colourBy|sizeBy|captionBy|path|hops/);
    const s = parseState({ slice: 'share~a~b', colourBy: 'x;y', path: 'only-one', hops: '9' });
    expect(s).toMatchObject({ slicers: [], rules: {}, path: undefined });
    expect(parseState({ path: 'a,b', hops: '9' }).path).toEqual({ from: 'a', to: 'b', mode: 'shortest', k: 3, shown: 0 });
  });
});
