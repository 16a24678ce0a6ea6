/** Shared helpers for the benchmarks: a seeded generator and a timer. */

/** Mulberry32: a small seeded PRNG so every run sees the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Run `fn` `runs` times (after one warm-up) and return the median time in ms. */
export function time(fn: () => unknown, runs = 5): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)]!;
}

/** Megabytes, one decimal. */
export const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);
