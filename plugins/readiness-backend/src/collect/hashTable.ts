// Hashing for the fact interner: values are looked up by a small integer hash of their content
// instead of by a key string that encodes it. Key strings were kept for as long as the scan ran:
// 52 MB of them at 100,000 pods (label maps and containers spelled out), more than the facts
// they stood for.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** 30 bits: the hash stays a small integer, which a Map keeps as its key without boxing it. */
const MASK = 0x3fffffff;

/** The hash of nothing yet; mix values into it with {@link hashString} and {@link hashInt}. */
export const HASH_START = FNV_OFFSET;

/** Mixes a string's characters (FNV-1a), then a separator, into `hash`. */
export function hashString(hash: number, value: string): number {
  let h = hash;
  for (let i = 0; i < value.length; i++)
    h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  // Beyond any character code: "ab","c" and "a","bc" hash apart.
  return Math.imul(h ^ 0x10000, FNV_PRIME);
}

/** Mixes an integer into `hash`. */
export function hashInt(hash: number, value: number): number {
  return Math.imul(hash ^ value, FNV_PRIME);
}

/**
 * Values by the hash of their content. Equal values have equal hashes; values whose hashes
 * collide are told apart by comparing them (`same`), so a collision costs a comparison, never a
 * wrong value.
 */
export class HashTable<T, P> {
  readonly #first = new Map<number, T>();
  /** Further values for hashes that collided: a handful per scan. */
  readonly #more = new Map<number, T[]>();

  constructor(private readonly same: (known: T, probe: P) => boolean) {}

  /** The value stored under `hash` that is the same as `probe`. */
  find(hash: number, probe: P): T | undefined {
    const key = hash & MASK;
    // has(), not get() === undefined: a stored value may itself be undefined or null.
    if (!this.#first.has(key)) return undefined;
    const first = this.#first.get(key) as T;
    if (this.same(first, probe)) return first;
    for (const known of this.#more.get(key) ?? [])
      if (this.same(known, probe)) return known;
    return undefined;
  }

  add(hash: number, value: T): void {
    const key = hash & MASK;
    if (!this.#first.has(key)) {
      this.#first.set(key, value);
      return;
    }
    const more = this.#more.get(key);
    if (more) more.push(value);
    else this.#more.set(key, [value]);
  }
}

/** JSON writes these as null. */
const jsonNull = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'number' && !Number.isFinite(value));

/** The keys JSON writes for an object: those whose value is not undefined. */
const jsonKeys = (value: object) =>
  Object.keys(value).filter(
    key => (value as Record<string, unknown>)[key] !== undefined,
  );

/**
 * Whether two plain values (null, booleans, numbers, strings, arrays and objects of them) have
 * the same JSON: what the interner identified small values by when it keyed them by their JSON.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (jsonNull(a) || jsonNull(b)) return jsonNull(a) && jsonNull(b);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
      return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const keys = jsonKeys(a!);
  const other = jsonKeys(b!);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (
      key !== other[i] ||
      !sameJson(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
      )
    )
      return false;
  }
  return true;
}
