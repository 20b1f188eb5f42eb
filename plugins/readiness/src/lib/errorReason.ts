import { ResponseError } from '@backstage/errors';

/**
 * The sentence that says why a request failed. A `ResponseError`'s own message is only
 * "Request failed with 500 Internal Server Error"; the backend's reason is in its cause.
 */
export function errorReason(error: Error): string {
  if (error instanceof ResponseError && error.cause.message) {
    return error.cause.message;
  }
  return error.message;
}

/** The HTTP status of a failed backend request, when the error came from one. */
export function errorStatus(error: Error): number | undefined {
  return error instanceof ResponseError ? error.statusCode : undefined;
}
