import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { readinessClusterReadPermission } from '@readiness/plugin-readiness-common';
import { Request as ExpressRequest } from 'express';

// Any route's request: the typed router narrows params, query and body per route.
type Request = ExpressRequest<any, any, any, any, any>;

type Caller = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** Who may read which clusters: a predicate over cluster names (`*` and null mean all). */
export interface ReadableClusters {
  credentials: Caller;
  canRead(cluster: string | null): boolean;
}

/**
 * Authentication and authorization for the routes, in one place so every route decides alike.
 * Reading is authorized per cluster (`readiness.cluster.read` is a resource permission whose
 * resource ref is the cluster name); the rest are basic permissions.
 */
export class RouteAccess {
  readonly #httpAuth: HttpAuthService;
  readonly #permissions: PermissionsService;

  static create(options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
  }): RouteAccess {
    return new RouteAccess(options);
  }

  private constructor(options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
  }) {
    this.#httpAuth = options.httpAuth;
    this.#permissions = options.permissions;
  }

  /** A user or service holding a basic permission; 403 otherwise. */
  async require(req: Request, permission: BasicPermission): Promise<Caller> {
    const credentials = await this.#httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await this.#authorize(credentials, permission);
    return credentials;
  }

  /**
   * A user holding a basic permission. Declarations need a person to answer for them, so service
   * callers are refused (403) and the author always comes from these credentials.
   */
  async requireUser(
    req: Request,
    permission: BasicPermission,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const credentials = await this.#httpAuth.credentials(req, {
      allow: ['user'],
    });
    await this.#authorize(credentials, permission);
    return credentials;
  }

  /** A caller who may read the named cluster; 403 otherwise. */
  async readCluster(req: Request, name: string): Promise<Caller> {
    const credentials = await this.#httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await this.#permissions.authorize(
      [{ permission: readinessClusterReadPermission, resourceRef: name }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `not allowed: ${readinessClusterReadPermission.name} on cluster "${name}"`,
      );
    }
    return credentials;
  }

  /**
   * Which of `clusters` the caller may read, for routes that list several. 403 when the policy
   * denies reading any cluster; when its decision is conditional, each cluster is authorized by
   * name in one batch.
   */
  async readableClusters(
    req: Request,
    clusters: Iterable<string>,
  ): Promise<ReadableClusters> {
    const credentials = await this.#httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await this.#permissions.authorizeConditional(
      [{ permission: readinessClusterReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError(
        `not allowed: ${readinessClusterReadPermission.name}`,
      );
    }
    if (decision.result === AuthorizeResult.ALLOW) {
      return { credentials, canRead: () => true };
    }
    const names = [...new Set(clusters)].filter(name => name !== '*');
    const decisions = await this.#permissions.authorize(
      names.map(name => ({
        permission: readinessClusterReadPermission,
        resourceRef: name,
      })),
      { credentials },
    );
    const readable = new Set(
      names.filter((_, i) => decisions[i].result === AuthorizeResult.ALLOW),
    );
    return {
      credentials,
      // Declarations for every cluster are shown to anyone who may read some cluster.
      canRead: cluster =>
        cluster === null || cluster === '*' || readable.has(cluster),
    };
  }

  async #authorize(credentials: Caller, permission: BasicPermission) {
    const [decision] = await this.#permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`not allowed: ${permission.name}`);
    }
  }
}
