import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../graph/stores/ladybug-search.mjs';

const node = (id: string, name_en: string, name_zh: string, abbr?: string) => ({ id, label: 'Provider', name_en, name_zh, abbr });
const index = new NameIndex([
  node('b-cloud', 'Cloudburst Media', '雲爆媒體'),
  node('a-cloud', 'Acme Cloud', '艾克米雲'),
  node('cloud', 'Cloud', '雲'),
  node('z-video', 'Zeta Video Cloud', '澤塔視頻雲', 'ZVC'),
  node('m-net', 'Meridian Networks', '子午網絡'),
]);
const ids = (needle: string, limit = 10, hits = 20) => index.candidates(needle, limit, hits).map((c) => c.id);

describe("the embedded engine's index of names (search candidates)", () => {
  it('gives exact matches first, then prefixes and whole words, then other substrings, each by English name', () => {
    expect(ids('cloud')).toEqual(['cloud', 'a-cloud', 'b-cloud', 'z-video']);
  });

  it('looks in the English and Chinese names, the id and the abbreviation, case aside', () => {
    expect(ids('雲')).toEqual(['cloud', 'b-cloud', 'a-cloud', 'z-video']); // 雲爆媒體 begins with it
    expect(ids('zvc')).toEqual(['z-video']);
    expect(ids('m-net')).toEqual(['m-net']);
  });

  it('stops at the limit', () => {
    expect(ids('cloud', 2)).toEqual(['cloud', 'a-cloud']);
  });

  it("adds words whose beginning is one edit from the needle only while the substrings leave room for the hits", () => {
    expect(ids('netwroks')).toEqual([]); // a transposition is two edits
    expect(ids('netwrks')).toEqual(['m-net']); // a letter left out
    expect(ids('netwoorks')).toEqual(['m-net']); // one too many
    expect(ids('metworks')).toEqual(['m-net']); // one changed, the first
    expect(ids('vide', 10, 20)).toEqual(['z-video']);
    // Enough substring hits for the three asked: no typo pass; with none, the typo pass finds the clouds.
    expect(ids('cloudb', 10, 1)).toEqual(['b-cloud']);
    expect(ids('cloudb', 10, 20)).toEqual(['b-cloud', 'a-cloud', 'cloud', 'z-video']);
    expect(ids('clous', 10, 20)).toEqual(['a-cloud', 'cloud', 'b-cloud', 'z-video']);
    expect(ids('abc')).toEqual([]); // under four letters, no typo pass
  });
});
