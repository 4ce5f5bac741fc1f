import { describe, expect, it } from 'vitest';
import { checkParams } from '../../../graph/query/params';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code: string; message: string });
  }
  return undefined;
};

describe('ad-hoc query parameters', () => {
  it('passes the used parameters through as values and drops unused ones', () => {
    expect(checkParams(['i'], { i: true, unused: 1 })).toEqual({ i: true });
    expect(checkParams(['ids'], { ids: ['a', 'b'] })).toEqual({ ids: ['a', 'b'] });
  });

  it('names a missing parameter', () => {
    expect(code(() => checkParams(['i'], {}))).toMatchObject({ code: 'BAD_PARAMS', message: 'parameter $i is used by the query but not given' });
  });

  it('refuses maps and oversized parameters', () => {
    expect(code(() => checkParams(['p'], { p: { a: 1 } }))).toMatchObject({ code: 'BAD_PARAMS', message: expect.stringContaining('maps are not supported') });
    expect(code(() => checkParams(['p'], { p: 'x'.repeat(70_000) }))).toMatchObject({ code: 'TOO_LARGE' });
  });
});
