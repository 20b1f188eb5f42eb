import type {
  QueryParameters,
  Request,
  Response,
} from '@backstage/backend-openapi-utils';
import type {
  AttestationItem,
  AttestationRequest,
  AuditEntry,
  ClusterDetail,
  ClusterHistory,
  ClusterSummary,
  EntityReadiness,
  ExemptionItem,
  ExemptionRequest,
  Health,
  PortalReport,
  RefreshOutcome,
  RunbookDocument,
  TeamReadiness,
} from '@readiness/plugin-readiness-common';
import type { spec } from './openapi.generated';

/*
 * The compile-time link between openapi.yaml and @readiness/plugin-readiness-common.
 *
 * The router is typed from the spec; the frontend and the CLI use the common package's
 * `ReadinessClient` and types. Each line below fails `yarn tsc` unless the two describe exactly
 * the same shape (no field missing, none extra, same optionality and nullability), so the client
 * cannot drift from what the server is allowed to send.
 */

type Spec = typeof spec;
/** The success body: the route's response union without the serialized error (`{ error, response }`). */
type Ok<T> = Exclude<T, { response: unknown }>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;

export type SpecMatchesCommonTypes = [
  Expect<Same<Ok<Response<Spec, '/health', 'get'>>, Health>>,
  Expect<
    Same<Ok<Response<Spec, '/clusters', 'get'>>, { items: ClusterSummary[] }>
  >,
  Expect<Same<Ok<Response<Spec, '/clusters/:name', 'get'>>, ClusterDetail>>,
  Expect<
    Same<Ok<Response<Spec, '/clusters/:name/history', 'get'>>, ClusterHistory>
  >,
  Expect<
    Same<Ok<Response<Spec, '/clusters/:name/refresh', 'post'>>, RefreshOutcome>
  >,
  Expect<
    Same<
      Ok<Response<Spec, '/entity/:kind/:namespace/:name', 'get'>>,
      EntityReadiness
    >
  >,
  Expect<
    Same<Ok<Response<Spec, '/team/:namespace/:name', 'get'>>, TeamReadiness>
  >,
  Expect<Same<Ok<Response<Spec, '/report', 'get'>>, PortalReport>>,
  Expect<Same<Ok<Response<Spec, '/runbooks/:id', 'get'>>, RunbookDocument>>,
  Expect<
    Same<
      Ok<Response<Spec, '/attestations', 'get'>>,
      { items: AttestationItem[] }
    >
  >,
  Expect<Same<Request<Spec, '/attestations', 'post'>, AttestationRequest>>,
  Expect<Same<Ok<Response<Spec, '/attestations', 'post'>>, AttestationItem>>,
  Expect<
    Same<
      Ok<Response<Spec, '/attestations/:id/revoke', 'post'>>,
      AttestationItem
    >
  >,
  Expect<
    Same<Ok<Response<Spec, '/exemptions', 'get'>>, { items: ExemptionItem[] }>
  >,
  Expect<Same<Request<Spec, '/exemptions', 'post'>, ExemptionRequest>>,
  Expect<Same<Ok<Response<Spec, '/exemptions', 'post'>>, ExemptionItem>>,
  Expect<
    Same<Ok<Response<Spec, '/exemptions/:id/revoke', 'post'>>, ExemptionItem>
  >,
  Expect<Same<Ok<Response<Spec, '/audit', 'get'>>, { items: AuditEntry[] }>>,
  Expect<Same<QueryParameters<Spec, '/audit', 'get'>, { limit?: number }>>,
];
