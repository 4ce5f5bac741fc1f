// A small cache of view answers (graph/landscape/service.ts), never of the
// graph: each entry is one answer as the API sends it, weighed by its
// elements (nodes, relationships, hits), and the least recently used go first
// once the weights pass the budget. It lives as long as the runtime that made
// it, and a reseed makes a new runtime (graph/runtime.ts), so an answer never
// outlives the data it was read from. Concurrent asks for the same answer
// share one read.

/** Elements the cache holds at most: about 25 MB of answers at 500 bytes an element. */
export const CACHE_ELEMENTS = 50_000;
/** Answers at most; the small ones (a search, a node) are many. */
export const CACHE_ENTRIES = 500;

interface Entry {
  value: Promise<unknown>;
  weight: number;
}

export class ViewCache {
  private readonly entries = new Map<string, Entry>();
  private weight = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly budget = CACHE_ELEMENTS,
    private readonly maxEntries = CACHE_ENTRIES,
  ) {}

  /** The answer under `key`, read by `read` when absent; `weigh` says what it costs to keep. */
  get<T>(key: string, read: () => Promise<T>, weigh: (value: T) => number): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    this.misses++;
    const entry: Entry = { value: Promise.resolve(), weight: 0 };
    const value = read().then(
      (v) => {
        entry.weight = Math.max(1, weigh(v));
        if (this.entries.get(key) === entry) {
          // An answer bigger than half the budget would push out everything else: it is answered, not kept.
          if (entry.weight > this.budget / 2) this.entries.delete(key);
          else this.weight += entry.weight;
          this.evict();
        }
        return v;
      },
      (err: unknown) => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw err;
      },
    );
    entry.value = value;
    this.entries.set(key, entry);
    return value;
  }

  get size(): { entries: number; elements: number } {
    return { entries: this.entries.size, elements: this.weight };
  }

  private evict() {
    for (const [key, entry] of this.entries) {
      if (this.weight <= this.budget && this.entries.size <= this.maxEntries) return;
      if (entry.weight === 0) continue; // still being read
      this.entries.delete(key);
      this.weight -= entry.weight;
    }
  }
}
