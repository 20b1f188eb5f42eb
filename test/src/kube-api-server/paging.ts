/**
 * Chunked lists (`limit` / `continue`) with the continue token format of
 * k8s.io/apiserver/pkg/storage: unpadded base64url of
 * `{"v":"meta.k8s.io/v1","rv":<revision>,"start":"<next key>"}`, where the
 * key is relative to the list's scope (`ns/name` across namespaces, `name`
 * within one).
 */

/** A malformed continue token; answered with a 400. */
export class ContinueTokenError extends Error {}

/** The decoded parts of a continue token. */
export interface ContinueToken {
  /** The revision the first page was read at; -1 means "latest". */
  rv: number;
  /** The first key the next page may start at. */
  start: string;
}

/** Encodes a continue token exactly as the real server does. */
export function encodeContinue(start: string, rv: number): string {
  return Buffer.from(
    JSON.stringify({ v: 'meta.k8s.io/v1', rv, start }),
  ).toString('base64url');
}

const invalid = (detail: string) =>
  new ContinueTokenError(
    `invalid continue token: continue key is not valid${
      detail ? `: ${detail}` : ''
    }`,
  );

/** Decodes and validates a token; throws {@link ContinueTokenError} with the server's message. */
export function decodeContinue(token: string): ContinueToken {
  // Node's decoder skips bad characters silently; Go's RawURLEncoding does not.
  const bad = token.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0 || token.length % 4 === 1) {
    const at = bad >= 0 ? bad : token.length - 1;
    throw invalid(`illegal base64 data at input byte ${at}`);
  }
  let parsed: { v?: unknown; rv?: unknown; start?: unknown };
  const text = Buffer.from(token, 'base64url').toString('utf8');
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid(
      `invalid character '${
        text.trim()[0] ?? ''
      }' looking for beginning of value`,
    );
  }
  if (parsed?.v !== 'meta.k8s.io/v1') {
    throw new ContinueTokenError(
      `invalid continue token: continue key is not valid: server does not recognize this encoded version ${String(
        parsed?.v ?? '',
      )}`,
    );
  }
  if (typeof parsed.rv !== 'number' || parsed.rv === 0) {
    throw new ContinueTokenError(
      'invalid continue token: continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
    );
  }
  if (typeof parsed.start !== 'string' || parsed.start === '') {
    throw new ContinueTokenError(
      'invalid continue token: continue key is not valid: encoded start key empty (version meta.k8s.io/v1)',
    );
  }
  if (parsed.start.split('/').some(p => p === '..' || p === '.')) {
    throw invalid(parsed.start);
  }
  return { rv: parsed.rv, start: parsed.start };
}

/** One page of a list and what the list metadata should say about the rest. */
export interface Page<T> {
  items: T[];
  continue?: string;
  remainingItemCount?: number;
}

/**
 * Cuts one page out of key-ordered, already filtered items. As in the real
 * server, `remainingItemCount` is only given when no selector filtered them.
 */
export function paginate<T>(
  items: Array<{ key: string; value: T }>,
  options: {
    limit?: number;
    start?: string;
    rv: number;
    selectorsApplied: boolean;
  },
): Page<T> {
  const from = options.start
    ? items.filter(i => i.key >= options.start!)
    : items;
  const limit = options.limit && options.limit > 0 ? options.limit : undefined;
  if (limit === undefined || from.length <= limit) {
    return { items: from.map(i => i.value) };
  }
  const page = from.slice(0, limit);
  const last = page[page.length - 1];
  const result: Page<T> = {
    items: page.map(i => i.value),
    continue: encodeContinue(`${last.key}\u0000`, options.rv),
  };
  if (!options.selectorsApplied) {
    result.remainingItemCount = from.length - limit;
  }
  return result;
}
