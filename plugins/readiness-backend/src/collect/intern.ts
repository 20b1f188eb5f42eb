import {
  HASH_START,
  HashTable,
  hashInt,
  hashString,
  sameJson,
} from './hashTable';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Shared empties: most pods have no host paths, claims, added capabilities or secret env. */
export const EMPTY_STRINGS: string[] = Object.freeze([]) as unknown as string[];
export const EMPTY_LABELS: Record<string, string> = Object.freeze({});

/** A label map's string entries, as the interner reads them from an object off the wire. */
function sameLabels(
  known: Record<string, string>,
  map: Record<string, unknown>,
): boolean {
  const keys = Object.keys(known);
  let i = 0;
  for (const k of Object.keys(map)) {
    const v = map[k];
    if (typeof v !== 'string') continue;
    if (i >= keys.length || keys[i] !== k || known[k] !== v) return false;
    i += 1;
  }
  return i === keys.length;
}

function sameEntries<T>(known: readonly T[], values: readonly T[]): boolean {
  if (known.length !== values.length) return false;
  for (let i = 0; i < known.length; i++)
    if (known[i] !== values[i]) return false;
  return true;
}

/**
 * Lets the facts of one scan share their repeated parts. A hundred thousand pods come from a few
 * thousand pod templates: their label maps, containers, owners, namespaces and node names repeat,
 * and each page's JSON.parse makes fresh copies of every one. Facts keep one copy of each
 * distinct value instead; shared objects and arrays are frozen, so a consumer that tried to
 * change one would fail loudly rather than change every fact that shares it.
 *
 * Shared values are found by a hash of their content (see hashTable.ts), not by a key string
 * spelling them out: the table holds the values and small integers only.
 *
 * One table per scan: nothing outlives the facts it was built for.
 */
export class FactInterner {
  readonly #strings = new Map<string, string>();
  readonly #labels = new HashTable<
    Record<string, string>,
    Record<string, unknown>
  >(sameLabels);
  readonly #values = new HashTable<unknown, unknown>(sameJson);
  readonly #lists = new HashTable<readonly object[], readonly object[]>(
    sameEntries,
  );
  readonly #stringLists = new HashTable<readonly string[], readonly string[]>(
    sameEntries,
  );
  readonly #ids = new Map<unknown, number>();

  /** The scan's one copy of a string. */
  string(value: string): string {
    const known = this.#strings.get(value);
    if (known !== undefined) return known;
    this.#strings.set(value, value);
    return value;
  }

  /** {@link string}, passing null through. */
  optional(value: string | null): string | null {
    return value === null ? null : this.string(value);
  }

  /**
   * The scan's one frozen copy of a string map (labels, selectors) with the string entries of
   * `value`, in their order; entries whose value is not a string are left out.
   */
  labels(value: unknown): Record<string, string> {
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return EMPTY_LABELS;
    const map = value as Record<string, unknown>;
    let hash = HASH_START;
    let empty = true;
    for (const k of Object.keys(map)) {
      const v = map[k];
      if (typeof v === 'string') {
        hash = hashString(hashString(hash, k), v);
        empty = false;
      }
    }
    if (empty) return EMPTY_LABELS;
    const known = this.#labels.find(hash, map);
    if (known) return known;
    const copy: Record<string, string> = {};
    for (const k of Object.keys(map)) {
      const v = map[k];
      if (typeof v === 'string') copy[this.string(k)] = this.string(v);
    }
    this.#labels.add(hash, Object.freeze(copy));
    return copy;
  }

  /**
   * The scan's one frozen copy of a small plain value (numbers, strings, booleans, null, and
   * arrays and objects of them), identified by its JSON.
   */
  value<T>(value: T): T {
    // The JSON is made to be hashed and dropped: it is never kept.
    const hash = hashString(HASH_START, JSON.stringify(value) ?? '');
    const known = this.#values.find(hash, value);
    if (known !== undefined) return known as T;
    this.#values.add(hash, deepFreeze(value));
    return value;
  }

  /**
   * The scan's one frozen copy of a list of values this interner returned (a pod's containers),
   * told apart by the identity of its entries.
   */
  list<T extends object>(values: T[]): T[] {
    if (values.length === 0) return EMPTY_STRINGS as unknown as T[];
    let hash = HASH_START;
    for (const v of values) {
      let id = this.#ids.get(v);
      if (id === undefined) {
        id = this.#ids.size;
        this.#ids.set(v, id);
      }
      hash = hashInt(hash, id);
    }
    const known = this.#lists.find(hash, values);
    if (known) return known as T[];
    this.#lists.add(hash, Object.freeze(values));
    return values;
  }

  /** The scan's one frozen copy of a string list with these entries, in this order. */
  strings(values: string[]): string[] {
    if (values.length === 0) return EMPTY_STRINGS;
    let hash = HASH_START;
    for (const v of values) hash = hashString(hash, v);
    const known = this.#stringLists.find(hash, values);
    if (known) return known as string[];
    const copy = Object.freeze(values.map(v => this.string(v)));
    this.#stringLists.add(hash, copy);
    return copy as string[];
  }
}
