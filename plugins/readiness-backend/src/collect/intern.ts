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

/**
 * Lets the facts of one scan share their repeated parts. A hundred thousand pods come from a few
 * thousand pod templates: their label maps, containers, owners, namespaces and node names repeat,
 * and each page's JSON.parse makes fresh copies of every one. Facts keep one copy of each
 * distinct value instead; shared objects and arrays are frozen, so a consumer that tried to
 * change one would fail loudly rather than change every fact that shares it.
 *
 * One table per scan: nothing outlives the facts it was built for.
 */
export class FactInterner {
  readonly #strings = new Map<string, string>();
  readonly #shared = new Map<string, unknown>();
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
   * The scan's one frozen copy of a value identified by `key` (a string that encodes it
   * completely, with a prefix per kind of value): `make` builds it the first time.
   */
  shared<T>(key: string, make: () => T): T {
    const known = this.#shared.get(key);
    if (known !== undefined) return known as T;
    const value = Object.freeze(make());
    this.#shared.set(key, value);
    return value;
  }

  /**
   * The scan's one frozen copy of a string map (labels, selectors) with the string entries of
   * `value`, in their order; entries whose value is not a string are left out.
   */
  labels(value: unknown): Record<string, string> {
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return EMPTY_LABELS;
    const map = value as Record<string, unknown>;
    let key = 'l';
    for (const k of Object.keys(map)) {
      const v = map[k];
      if (typeof v === 'string') key += `\u0000${k}\u0001${v}`;
    }
    if (key === 'l') return EMPTY_LABELS;
    return this.shared(key, () => {
      const copy: Record<string, string> = {};
      for (const k of Object.keys(map)) {
        const v = map[k];
        if (typeof v === 'string') copy[this.string(k)] = this.string(v);
      }
      return copy;
    });
  }

  /**
   * The scan's one frozen copy of a small plain value (numbers, strings, booleans, null, and
   * arrays and objects of them), identified by its JSON.
   */
  value<T>(value: T): T {
    return this.shared(`j${JSON.stringify(value)}`, () => deepFreeze(value));
  }

  /**
   * The scan's one frozen copy of a list of values this interner returned (a pod's containers),
   * told apart by the identity of its entries.
   */
  list<T extends object>(values: T[]): T[] {
    if (values.length === 0) return EMPTY_STRINGS as unknown as T[];
    let key = 'a';
    for (const v of values) {
      let id = this.#ids.get(v);
      if (id === undefined) {
        id = this.#ids.size;
        this.#ids.set(v, id);
      }
      key += `,${id}`;
    }
    return this.shared(key, () => values);
  }

  /** The scan's one frozen copy of a string list with these entries, in this order. */
  strings(values: string[]): string[] {
    if (values.length === 0) return EMPTY_STRINGS;
    return this.shared(`s\u0000${values.join('\u0000')}`, () =>
      values.map(v => this.string(v)),
    );
  }
}
