/**
 * `metav1.Status` bodies with the exact messages kube-apiserver writes, so a
 * client's error handling sees what it would see against a real cluster.
 */

/** The `reason` values this server produces. */
export type StatusReason =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'MethodNotAllowed'
  | 'Gone'
  | 'Expired'
  | 'TooManyRequests'
  | 'InternalError'
  | 'ServiceUnavailable'
  | 'Timeout';

/** `metav1.StatusDetails`; `kind` holds the resource's plural, as the server fills it. */
export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: Array<{ message: string }>;
  retryAfterSeconds?: number;
}

/** A `metav1.Status` failure body. */
export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: { continue?: string };
  status: 'Failure';
  message: string;
  reason?: StatusReason;
  details?: StatusDetails;
  code: number;
}

/** The resource a request was about, for messages and details. */
export interface StatusTarget {
  group: string;
  plural: string;
  name?: string;
  namespace?: string;
}

/** Builds a Status; field order follows the Go struct, as the real JSON does. */
export function kubeStatus(
  code: number,
  reason: StatusReason | undefined,
  message: string,
  details?: StatusDetails,
  metadata: { continue?: string } = {},
): KubeStatus {
  const status: KubeStatus = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata,
    status: 'Failure',
    message,
    reason,
    details,
    code,
  };
  if (!reason) delete status.reason;
  if (!details) delete status.details;
  return status;
}

/** `schema.GroupResource.String()`: `pods`, `deployments.apps`. */
export function qualifiedResource(group: string, plural: string): string {
  return group ? `${plural}.${group}` : plural;
}

function targetDetails(target: StatusTarget): StatusDetails {
  const details: StatusDetails = {};
  if (target.name) details.name = target.name;
  if (target.group) details.group = target.group;
  details.kind = target.plural;
  return details;
}

/** 404 for a named object: `pods "web-0" not found`. */
export function notFoundStatus(target: StatusTarget): KubeStatus {
  const resource = qualifiedResource(target.group, target.plural);
  return kubeStatus(
    404,
    'NotFound',
    `${resource} "${target.name ?? ''}" not found`,
    targetDetails(target),
  );
}

/** go-restful's 404 for a path no route matches, inside a served group version. */
export function unknownPathStatus(): KubeStatus {
  return kubeStatus(
    404,
    'NotFound',
    'the server could not find the requested resource',
    {},
  );
}

/** RBAC's denial, worded as `responsewriters.Forbidden` words it. */
export function forbiddenStatus(
  user: string,
  verb: string,
  target: StatusTarget | { path: string },
): KubeStatus {
  if ('path' in target) {
    return kubeStatus(
      403,
      'Forbidden',
      `forbidden: User "${user}" cannot ${verb} path "${target.path}"`,
      {},
    );
  }
  const where = target.namespace
    ? `in the namespace "${target.namespace}"`
    : 'at the cluster scope';
  const reason = `User "${user}" cannot ${verb} resource "${target.plural}" in API group "${target.group}" ${where}`;
  const resource = qualifiedResource(target.group, target.plural);
  const subject = target.name ? `${resource} "${target.name}"` : resource;
  return kubeStatus(
    403,
    'Forbidden',
    `${subject} is forbidden: ${reason}`,
    targetDetails(target),
  );
}

/** The authentication filter's 401. */
export function unauthorizedStatus(): KubeStatus {
  return kubeStatus(401, 'Unauthorized', 'Unauthorized');
}

/** 400 with the server's message. */
export function badRequestStatus(message: string): KubeStatus {
  return kubeStatus(400, 'BadRequest', message);
}

/** The etcd3 store's message when a paged list's snapshot was compacted away. */
export const EXPIRED_CONTINUE_MESSAGE =
  'The provided continue parameter is too old to display a consistent list result. ' +
  'You can start a new list without the continue parameter, or use the continue token ' +
  'in this response to retrieve the remainder of the results. Continuing with the ' +
  'provided token results in an inconsistent list - objects that were created, ' +
  'modified, or deleted between the time the first chunk was returned and now may ' +
  'show up in the list.';

/** 410 Expired for a stale continue token, carrying the token to resume inconsistently. */
export function expiredContinueStatus(
  inconsistentContinue: string,
): KubeStatus {
  return kubeStatus(410, 'Expired', EXPIRED_CONTINUE_MESSAGE, undefined, {
    continue: inconsistentContinue,
  });
}

/**
 * The Status a real server sends for an injected status code; `message`
 * replaces the default wording.
 */
export function statusForCode(
  code: number,
  context: {
    user: string;
    verb: string;
    target?: StatusTarget;
    path: string;
    retryAfterSeconds?: number;
  },
  message?: string,
): KubeStatus {
  const { target } = context;
  switch (code) {
    case 400:
      return badRequestStatus(message ?? 'the server rejected our request');
    case 401:
      return kubeStatus(401, 'Unauthorized', message ?? 'Unauthorized');
    case 403: {
      const status = forbiddenStatus(
        context.user,
        context.verb,
        target ?? { path: context.path },
      );
      if (message) status.message = message;
      return status;
    }
    case 404: {
      if (!target?.name) return unknownPathStatus();
      const status = notFoundStatus(target);
      if (message) status.message = message;
      return status;
    }
    case 410:
      return kubeStatus(
        410,
        'Expired',
        message ?? 'The resourceVersion for the provided list is too old.',
      );
    case 429:
      return kubeStatus(
        429,
        'TooManyRequests',
        message ?? 'storage is (re)initializing',
        { retryAfterSeconds: context.retryAfterSeconds ?? 1 },
      );
    case 500: {
      const cause = message ?? 'etcdserver: request timed out';
      return kubeStatus(
        500,
        'InternalError',
        `Internal error occurred: ${cause}`,
        {
          causes: [{ message: cause }],
        },
      );
    }
    case 503:
      return kubeStatus(
        503,
        'ServiceUnavailable',
        message ?? 'the server is currently unable to handle the request',
      );
    case 504:
      return kubeStatus(
        504,
        'Timeout',
        message ??
          'Timeout: request did not complete within requested timeout - context deadline exceeded',
        {},
      );
    default:
      return kubeStatus(
        code,
        undefined,
        message ??
          `an error on the server has prevented the request from succeeding`,
      );
  }
}
