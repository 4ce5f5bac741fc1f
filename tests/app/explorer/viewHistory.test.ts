import { describe, expect, it } from 'vitest';
import { defaultState, type ExplorerState } from '../../../app/explorer/urlState';
import { HISTORY_LIMIT, viewReducer, type ViewHistory } from '../../../app/explorer/viewHistory';

const start: ViewHistory = { current: defaultState, past: [], future: [] };
const step = (h: ViewHistory, patch: Partial<ExplorerState>) => viewReducer(h, { kind: 'update', patch });

describe('undo and redo of the explorer view', () => {
  it('undoes a filter, then a layout change, and redoes them in order', () => {
    let h = step(start, { providers: 'independent' });
    h = step(h, { layout: 'concentric' });
    h = viewReducer(h, { kind: 'undo' });
    expect(h.current).toMatchObject({ providers: 'independent', layout: 'fcose' });
    h = viewReducer(h, { kind: 'undo' });
    expect(h.current).toMatchObject({ providers: 'all', layout: 'fcose' });
    expect(viewReducer(h, { kind: 'undo' })).toBe(h);
    h = viewReducer(viewReducer(h, { kind: 'redo' }), { kind: 'redo' });
    expect(h.current).toMatchObject({ providers: 'independent', layout: 'concentric' });
  });

  it('does not count selecting a node or switching the language as a step, and keeps both on undo', () => {
    let h = step(start, { add: ['competitor-a'] });
    h = step(h, { sel: 'competitor-a' });
    h = step(h, { lang: 'zh' });
    expect(h.past).toHaveLength(1);
    h = viewReducer(h, { kind: 'undo' });
    expect(h.current).toMatchObject({ add: [], sel: 'competitor-a', lang: 'zh' });
  });

  it('forgets what was undone once the view changes again, and keeps at most the last steps', () => {
    let h = step(step(start, { hide: ['x'] }), { hide: ['x', 'y'] });
    h = step(viewReducer(h, { kind: 'undo' }), { pin: ['z'] });
    expect(h.future).toEqual([]);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = step(h, { max: 100 + i });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('slicers, style rules and paths in the history', () => {
  it('undoes a slicer, a style rule and a path like any view change', () => {
    let h = step(start, { slicers: [{ owner: 'RANKED_IN', prop: 'share', lo: 10, hi: 20 }] });
    h = step(h, { rules: { colour: 'Provider.independent' } });
    h = step(h, { path: { from: 'competitor-d', to: 'end-user', mode: 'shortest', k: 3, shown: 0 } });
    expect(h.past).toHaveLength(3);
    h = viewReducer(viewReducer(h, { kind: 'undo' }), { kind: 'undo' });
    expect(h.current).toMatchObject({ rules: {}, slicers: [{ lo: 10, hi: 20 }] });
    expect(h.current.path).toBeUndefined();
  });

  it('takes the steps of "play" as one: the years played replace each other', () => {
    let h = step(start, { slicers: [{ owner: 'Segment', prop: 'size_2023', lo: 10, hi: 100 }] });
    h = viewReducer(h, { kind: 'update', patch: { slicers: [{ owner: 'Segment', prop: 'size_2028e', lo: 10, hi: 100 }] }, transient: true });
    expect(h.past).toHaveLength(1);
    expect(viewReducer(h, { kind: 'undo' }).current.slicers).toEqual([]);
  });
});
