/**
 * Counter-based randomness: every draw is a pure function of (entity key, time slot, channel), so any
 * minute can be computed on its own, in any order, and a backend that restarts continues exactly where
 * a backfill would have gone.
 */

/** lowbias32 (Chris Wellons): cheap and well mixed, so neighbouring minutes look independent. */
export function mix32(input: number): number {
  let x = input >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised with mix32. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** A stream, basin or the account gets its own key, so adding an entity never shifts another's draws. */
export function entityKey(seed: number, entity: string): number {
  return hashString(`${seed}\u0000${entity}`);
}

const GOLDEN = 0x9e3779b9;

/** Uniform in [0, 1) for one (key, slot, channel); slots are epoch minutes or hours. */
export function draw(key: number, slot: number, channel: number): number {
  return mix32(mix32(slot ^ key) + Math.imul(channel + 1, GOLDEN)) / 4_294_967_296;
}

/** Poisson sample by inverse CDF from one uniform: small rates give the realistic runs of zeros. */
export function poisson(rate: number, u: number): number {
  if (rate <= 0) return 0;
  let p = Math.exp(-rate);
  let cdf = p;
  let k = 0;
  // The cap only guards against u within rounding of 1; rates here stay far below it.
  while (u > cdf && k < 1_000) {
    k += 1;
    p *= rate / k;
    cdf += p;
  }
  return k;
}
