/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same
 * cluster on every machine, so benchmarks and tests are repeatable.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** n lowercase hex digits. */
  hex(n: number): string;
  /** n characters of the alphabet Kubernetes uses for generated name suffixes. */
  suffix(n: number): string;
  /** A version 4 UUID. */
  uuid(): string;
}

// k8s.io/apimachinery/pkg/util/rand: no vowels, no digits that look like letters.
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** Creates a {@link Random} from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) =>
    min + Math.floor(next() * (max - min + 1));
  const hex = (n: number) => {
    let out = '';
    while (out.length < n) {
      out += Math.floor(next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    }
    return out.slice(0, n);
  };
  return {
    next,
    int,
    chance: p => next() < p,
    pick: items => items[Math.floor(next() * items.length)],
    hex,
    suffix: n => {
      let out = '';
      for (let i = 0; i < n; i++) {
        out += SUFFIX_ALPHABET[Math.floor(next() * SUFFIX_ALPHABET.length)];
      }
      return out;
    },
    uuid: () => {
      const h = hex(32);
      const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(
        13,
        16,
      )}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}
