// Node positions kept in the browser, per layout and set of nodes, so that a
// view comes back exactly where it was (no jumping graph on reload), and a
// seeded random source so that a layout computed afresh is the same every
// time for the same nodes.

export type Positions = Record<string, { x: number; y: number }>;

const PREFIX = 'lg:pos:v1:';
const INDEX = 'lg:pos:v1';
const KEEP = 40;

/** FNV-1a, 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function viewKey(scope: string, layout: string, ids: string[]): string {
  return `${scope}:${layout}:${hashString([...ids].sort().join('|')).toString(36)}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadPositions(key: string): Positions | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Positions;
  } catch {
    return undefined;
  }
}

export function savePositions(key: string, positions: Positions): void {
  const s = storage();
  if (!s) return;
  try {
    const index = (JSON.parse(s.getItem(INDEX) ?? '[]') as string[]).filter((k) => k !== key);
    index.push(key);
    while (index.length > KEEP) s.removeItem(PREFIX + index.shift()!);
    s.setItem(INDEX, JSON.stringify(index));
    s.setItem(PREFIX + key, JSON.stringify(positions));
  } catch {
    // storage full or refused: positions are a convenience
  }
}

/** mulberry32: a small, good-enough seeded generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs fn with Math.random replaced by a seeded generator. Layout extensions
 * (fcose's spectral start) draw from Math.random and compute synchronously,
 * so this makes their result depend on the nodes only.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
