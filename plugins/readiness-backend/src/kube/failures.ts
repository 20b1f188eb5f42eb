import { ReadFailure } from './types';

const STATUS_TYPES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  410: 'gone',
  429: 'throttled',
};

const TLS_CODES = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

/**
 * Turns a non-2xx response into a failure, keeping the Kubernetes Status message: it is what an
 * operator needs to fix RBAC ("cannot list resource ... in API group ...").
 */
export function classifyStatus(
  statusCode: number,
  body: string,
  retryAfter?: string | string[],
): ReadFailure & { retryAfterSeconds?: number } {
  let message: string | undefined;
  try {
    const status = JSON.parse(body);
    if (status && typeof status.message === 'string') message = status.message;
  } catch {
    // Not a Status body (a proxy's HTML page, say); the status code still says enough.
  }
  const errorType =
    STATUS_TYPES[statusCode] ??
    (statusCode >= 500 ? 'server-error' : 'http-error');
  const retry = Number(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
  return {
    ok: false,
    errorType,
    statusCode,
    reason: `HTTP ${statusCode}${message ? `: ${message}` : ''}`,
    ...(Number.isFinite(retry) ? { retryAfterSeconds: retry } : {}),
  };
}

/** Turns a socket-level error into a failure an operator can act on. */
export function classifyNetworkError(
  error: Error & { code?: string },
): ReadFailure {
  const code = error.code ?? '';
  if (code === 'ECONNREFUSED') {
    return {
      ok: false,
      errorType: 'unreachable',
      statusCode: null,
      reason: `connection refused (${error.message})`,
    };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return {
      ok: false,
      errorType: 'unreachable',
      statusCode: null,
      reason: `DNS lookup failed (${error.message})`,
    };
  }
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
    return {
      ok: false,
      errorType: 'timeout',
      statusCode: null,
      reason: `timed out: ${error.message}`,
    };
  }
  if (TLS_CODES.has(code) || /certificate|altname/i.test(error.message)) {
    return {
      ok: false,
      errorType: 'tls',
      statusCode: null,
      reason: `TLS verification failed (${code || error.message})`,
    };
  }
  return {
    ok: false,
    errorType: 'unreachable',
    statusCode: null,
    reason: `${code ? `${code}: ` : ''}${error.message}`,
  };
}
