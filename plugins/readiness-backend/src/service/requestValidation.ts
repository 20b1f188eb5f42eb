import { InputError } from '@backstage/errors';
import express, { ErrorRequestHandler, Request, Router } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { HttpError } from 'express-openapi-validator/dist/framework/types';

const quoteRejectedValues: ErrorRequestHandler = (error, req, _res, next) => {
  if (!(error instanceof HttpError) || !Array.isArray(error.errors)) {
    next(error);
    return;
  }
  const problems = error.errors.map(e => describe(req, e.path, e.message));
  next(new InputError(`invalid request: ${problems.join('; ')}`));
};

/**
 * Validates every request against the OpenAPI document before a handler sees it, and turns a
 * rejection into a 400 that quotes the offending value.
 *
 * `createValidatedOpenApiRouter` validates too, but its error handler keeps only the validator's
 * summary message, which names neither the rejected value nor an unexpected body field; a user
 * who typed `next week` for a date deserves to see it quoted back. So the router is created with
 * its own request validation off and this one, with the same validator and settings, on.
 */
export function validateRequestsAgainst(spec: object): Router {
  const router = express.Router();
  router.use(
    OpenApiValidator.middleware({
      apiSpec: spec as any,
      validateRequests: {
        coerceTypes: false,
        allowUnknownQueryParameters: false,
      },
      validateResponses: false,
      // Authentication is the httpAuth service's job, on every route alike.
      validateSecurity: false,
      ignoreUndocumented: true,
      useRequestUrl: true,
    }),
  );
  router.use(quoteRejectedValues);
  return router;
}

const SOURCES: Record<string, string> = {
  params: 'path parameter',
  query: 'query parameter',
  body: 'body field',
};

/** `/body/object/kind` → `body field "object.kind" ("pod"): must be ...`. */
function describe(req: Request, pointer: string, message: string): string {
  const [source, ...segments] = pointer
    .split('/')
    .filter(Boolean)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const root = valuesOf(req, source);
  const value = segments.reduce<unknown>(
    (v, key) =>
      v !== null && typeof v === 'object'
        ? (v as Record<string, unknown>)[key]
        : undefined,
    root,
  );
  const what = SOURCES[source] ?? 'request';
  if (segments.length === 0)
    return `${what === 'body field' ? 'body' : what} ${message}`;
  const quoted =
    value === undefined || (typeof value === 'object' && value !== null)
      ? ''
      : ` ("${String(value)}")`;
  return `${what} "${segments.join('.')}"${quoted}: ${message}`;
}

function valuesOf(req: Request, source: string): unknown {
  if (source === 'params') {
    // The validator matched the route itself; express fills req.params only later.
    return (req as { openapi?: { pathParams?: object } }).openapi?.pathParams;
  }
  if (source === 'query') return req.query;
  if (source === 'body') return req.body;
  return undefined;
}
