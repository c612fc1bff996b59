/** A seeded PRNG and the few draws the generator needs, so every run is reproducible. */

export type Rng = () => number;

/** mulberry32: a tiny 32-bit generator, good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
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
 * sfc32 (Chris Doty-Humphrey's small fast chaotic generator, 128 bits of state), seeded from four words and
 * stirred 12 rounds: for streams that must not overlap. mulberry32's state is one 32-bit counter, so two
 * seeds a few hundred steps apart on it give the same numbers shifted by those steps: in a corpus of a
 * million reports (172,965 agencies' prose streams, ~10⁸ draws in a period of 2³²) 146 pairs of agencies
 * drew their prose within 50 steps of each other, and the copy-paste check rightly found their reports
 * 90 % alike, copies the generator never listed (issue 21's million-report bench). Floats in [0, 1).
 */
export function sfc32(a: number, b: number, c: number, d: number): Rng {
  let s0 = a >>> 0;
  let s1 = b >>> 0;
  let s2 = c >>> 0;
  let counter = d >>> 0;
  const next = () => {
    const t = (((s0 + s1) >>> 0) + counter) >>> 0;
    counter = (counter + 1) >>> 0;
    s0 = s1 ^ (s1 >>> 9);
    s1 = (s2 + (s2 << 3)) >>> 0;
    s2 = ((s2 << 21) | (s2 >>> 11)) >>> 0;
    s2 = (s2 + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  return () => next() / 4294967296;
}

/** An integer in [min, max]. */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Picks by weight; `weights` need not sum to 1. */
export function pickWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let x = rng() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1][0];
}

/** A count skewed toward small values: mostly 0 to a few, now and then up to `max`. */
export function skewedCount(rng: Rng, max: number): number {
  const u = rng();
  if (u < 0.4) return 0;
  const x = Math.floor(Math.exp(rng() * Math.log(max + 1))) - 1;
  return Math.min(max, Math.max(0, x));
}

/**
 * Splits `n` into as many parts as `weights`, each part drawn in proportion to its weight:
 * unit by unit for small n, proportionally with a random remainder for large n. Sums exactly to n.
 */
export function splitCount(rng: Rng, n: number, weights: readonly number[]): number[] {
  const parts = weights.map(() => 0);
  const total = weights.reduce((a, w) => a + w, 0);
  if (n <= 0 || total <= 0) return parts;
  const draw = () => {
    let x = rng() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  };
  if (n <= 200) {
    for (let k = 0; k < n; k++) parts[draw()]++;
    return parts;
  }
  let left = n;
  weights.forEach((w, i) => {
    parts[i] = Math.floor(((n * w) / total) * (0.8 + 0.4 * rng()));
    left -= parts[i];
  });
  // Jitter may overshoot: take back from the largest part, then hand out what is left unit by unit.
  while (left < 0) {
    const i = parts.indexOf(Math.max(...parts));
    const take = Math.min(parts[i], -left);
    parts[i] -= take;
    left += take;
  }
  for (let k = 0; k < Math.min(left, 200); k++) parts[draw()]++;
  if (left > 200) parts[parts.indexOf(Math.max(...parts))] += left - 200;
  return parts;
}
