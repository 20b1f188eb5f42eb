// A LIST page is one JSON document: `{"kind":..., "metadata":{...}, "items":[{...}, ...]}`.
// JSON.parse of the whole page turns a 2 MB body into a 2 MB string (V8's large-object space,
// freed only by a full collection) and a ten-megabyte tree that lives until the last item is
// mapped, so it outlives young-generation collections and is promoted: every page of a large
// scan then ends up as old-generation garbage. Here the body's bytes are split at the items
// array's top-level commas, and each item is parsed on its own when it is wanted: an item's tree
// is a few kilobytes and dies young.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const ITEMS_KEY = Buffer.from('"items"');

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** The index just after the string that opens at `start` (a quote), or -1 if it never ends. */
function skipString(body: Buffer, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = body.indexOf(QUOTE, at);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (body[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** A LIST page split into its envelope and the byte ranges of its items. */
export interface ListBody {
  /** The page without its items (`items` is `[]`): kind, metadata and its `continue`. */
  envelope: any;
  /** Item i is `body[bounds[2i], bounds[2i+1])`. */
  bounds: number[];
}

/**
 * Finds the top-level `items` array of a JSON object and the bounds of its elements. Returns
 * undefined when the body is not shaped like that (no items array, or not an object): the
 * caller then parses it whole, and JSON.parse says what is wrong. Throws (as JSON.parse) when
 * the envelope is not valid JSON; an item that is not is found when it is parsed.
 */
export function splitListBody(body: Buffer): ListBody | undefined {
  let at = 0;
  while (at < body.length && isSpace(body[at])) at += 1;
  if (body[at] !== OPEN_OBJECT) return undefined;
  // Find `"items"` as a key of the top-level object: depth 1, followed by a colon.
  let depth = 0;
  let itemsStart = -1;
  for (; at < body.length; at += 1) {
    const byte = body[at];
    if (byte === QUOTE) {
      const end = skipString(body, at);
      if (end < 0) return undefined;
      if (depth === 1 && end - at === ITEMS_KEY.length) {
        if (body.compare(ITEMS_KEY, 0, ITEMS_KEY.length, at, end) === 0) {
          let next = end;
          while (next < body.length && isSpace(body[next])) next += 1;
          if (body[next] === COLON) {
            next += 1;
            while (next < body.length && isSpace(body[next])) next += 1;
            if (body[next] !== OPEN_ARRAY) return undefined;
            itemsStart = next;
            break;
          }
        }
      }
      at = end - 1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
    else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth -= 1;
  }
  if (itemsStart < 0) return undefined;

  // Split the array at its own commas.
  const bounds: number[] = [];
  let itemStart = itemsStart + 1;
  let itemsEnd = -1;
  depth = 0;
  for (at = itemsStart + 1; at < body.length; at += 1) {
    const byte = body[at];
    if (byte === QUOTE) {
      const end = skipString(body, at);
      if (end < 0) return undefined;
      at = end - 1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
    else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (depth === 0) {
        if (byte !== CLOSE_ARRAY) return undefined;
        itemsEnd = at;
        break;
      }
      depth -= 1;
    } else if (byte === COMMA && depth === 0) {
      bounds.push(itemStart, at);
      itemStart = at + 1;
    }
  }
  if (itemsEnd < 0) return undefined;
  let last = itemStart;
  while (last < itemsEnd && isSpace(body[last])) last += 1;
  if (last < itemsEnd || bounds.length > 0) bounds.push(itemStart, itemsEnd);

  const envelope = JSON.parse(
    `${body.toString('utf8', 0, itemsStart)}[]${body.toString(
      'utf8',
      itemsEnd + 1,
    )}`,
  );
  // A second `items` key would win in JSON.parse: leave such a body to it.
  if (!Array.isArray(envelope?.items) || envelope.items.length > 0)
    return undefined;
  return { envelope, bounds };
}

/** Item `index` of a split body, parsed. Throws (as JSON.parse) when it is not valid JSON. */
export function parseItem(body: Buffer, split: ListBody, index: number): any {
  return JSON.parse(
    body.toString('utf8', split.bounds[2 * index], split.bounds[2 * index + 1]),
  );
}
