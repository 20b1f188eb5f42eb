import { InputError, NotAllowedError } from '@backstage/errors';
import {
  readinessAttestationCreatePermission,
  readinessClusterReadPermission,
  readinessExemptionCreatePermission,
} from '@readiness/plugin-readiness-common';
import { ApiRouter } from '@backstage/backend-openapi-utils';
import { Request } from 'express';
import { ReadinessStore } from '../database/ReadinessStore';
import { spec } from '../schema/openapi.generated';
import { checkName } from './checkName';
import {
  DeclarationLimits,
  parseAttestationRequest,
  parseExemptionRequest,
} from './declarationInput';
import { RouteAccess } from './RouteAccess';
import { ScanService } from './ScanService';

const DEFAULT_AUDIT_LIMIT = 100;
const MAX_AUDIT_LIMIT = 1000;

/** What the attestation, exemption and audit routes need. */
export interface DeclarationRoutesOptions {
  store: ReadinessStore;
  scans: ScanService;
  access: RouteAccess;
  attestationMaxAgeDays: number;
}

/**
 * Attestations and exemptions made through the API, and their audit trail. Creating one changes
 * no report by itself: the next scan of the cluster (or a refresh) applies it.
 */
export function bindDeclarationRoutes(
  router: ApiRouter<typeof spec>,
  options: DeclarationRoutesOptions,
): void {
  const { store, scans, access, attestationMaxAgeDays } = options;
  const limits = (): DeclarationLimits => ({
    now: new Date(),
    clusters: scans.clusterNames(),
    attestationMaxAgeDays,
  });

  /**
   * Declaring something about a cluster needs reading it; about every cluster (`*`), reading
   * each of them. Otherwise a user could change verdicts on clusters they cannot see.
   */
  async function mayDeclareAbout(req: Request, cluster: string) {
    if (cluster !== '*') {
      await access.readCluster(req, cluster);
      return;
    }
    const names = scans.clusterNames();
    const readable = await access.readableClusters(req, names);
    const hidden = names.filter(name => !readable.canRead(name));
    if (hidden.length > 0) {
      throw new NotAllowedError(
        `not allowed: a declaration for every cluster needs ${readinessClusterReadPermission.name} on each of them`,
      );
    }
  }

  /** Lists narrowed to one readable cluster, or filtered to the readable ones. */
  async function listed<T extends { cluster: string | null }>(
    req: Request,
    list: (cluster: string | undefined) => Promise<T[]>,
  ): Promise<T[]> {
    const cluster = clusterQuery(req);
    if (cluster) {
      await access.readCluster(req, cluster);
      return list(cluster);
    }
    const readable = await access.readableClusters(req, scans.clusterNames());
    return (await list(undefined)).filter(i => readable.canRead(i.cluster));
  }

  router.get('/attestations', async (req, res) => {
    const items = await listed(req, cluster =>
      store.listAttestations({ cluster, now: new Date() }),
    );
    res.json({ items });
  });

  router.post('/attestations', async (req, res) => {
    const credentials = await access.requireUser(
      req,
      readinessAttestationCreatePermission,
    );
    const input = parseAttestationRequest(req.body, limits());
    await mayDeclareAbout(req, input.cluster);
    const item = await store.createAttestation(
      input,
      credentials.principal.userEntityRef,
      new Date(),
    );
    res.status(201).json(item);
  });

  router.post('/attestations/:id/revoke', async (req, res) => {
    const credentials = await access.requireUser(
      req,
      readinessAttestationCreatePermission,
    );
    // Revoking changes a cluster's score as much as declaring does: same access needed.
    await mayDeclareAbout(
      req,
      (await store.getDeclarationCluster('attestation', req.params.id)) ?? '*',
    );
    res.json(
      await store.revokeAttestation(
        req.params.id,
        credentials.principal.userEntityRef,
        new Date(),
      ),
    );
  });

  router.get('/exemptions', async (req, res) => {
    const items = await listed(req, cluster =>
      store.listExemptions({ cluster, now: new Date() }),
    );
    res.json({ items });
  });

  router.post('/exemptions', async (req, res) => {
    const credentials = await access.requireUser(
      req,
      readinessExemptionCreatePermission,
    );
    const input = parseExemptionRequest(req.body, limits());
    await mayDeclareAbout(req, input.cluster ?? '*');
    const item = await store.createExemption(
      input,
      credentials.principal.userEntityRef,
      new Date(),
    );
    res.status(201).json(item);
  });

  router.post('/exemptions/:id/revoke', async (req, res) => {
    const credentials = await access.requireUser(
      req,
      readinessExemptionCreatePermission,
    );
    // Revoking changes a cluster's score as much as declaring does: same access needed.
    await mayDeclareAbout(
      req,
      (await store.getDeclarationCluster('exemption', req.params.id)) ?? '*',
    );
    res.json(
      await store.revokeExemption(
        req.params.id,
        credentials.principal.userEntityRef,
        new Date(),
      ),
    );
  });

  router.get('/audit', async (req, res) => {
    const readable = await access.readableClusters(req, scans.clusterNames());
    // A conditional reader sees only entries about the clusters they may read.
    const items = await store.getAudit(auditLimit(req.query.limit), e => {
      const cluster = e.details.cluster;
      return readable.canRead(typeof cluster === 'string' ? cluster : null);
    });
    res.json({ items });
  });
}

function clusterQuery(req: Request): string | undefined {
  const value = req.query.cluster;
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new InputError(
      `invalid cluster ${JSON.stringify(value)}: expected one cluster name`,
    );
  }
  return checkName('cluster name', value);
}

function auditLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_AUDIT_LIMIT;
  // The request validator has already parsed a documented integer; a string is kept for
  // callers that build the router without it.
  let limit = typeof value === 'number' ? value : 0;
  if (typeof value === 'string' && /^\d+$/.test(value)) limit = +value;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_LIMIT) {
    throw new InputError(
      `invalid limit ${JSON.stringify(
        value,
      )}: expected an integer from 1 to ${MAX_AUDIT_LIMIT}`,
    );
  }
  return limit;
}
