import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  EntityReadiness,
  readinessClusterReadPermission,
  readinessClusterRefreshPermission,
} from '@readiness/plugin-readiness-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { ReadinessStore } from '../database/ReadinessStore';
import { portalReport, portalReportCsv } from '../report/portalReport';
import { RunbookLibrary } from '../runbooks/RunbookLibrary';
import { ScanService } from './ScanService';
import { costGrowth, growthWindowStart } from './costGrowth';
import { teamView } from './teamView';
import {
  clusterSummary,
  describeMatcher,
  entityClusterView,
  scanState,
} from './views';

const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$/;

function checkName(what: string, value: string): string {
  if (!NAME_PATTERN.test(value)) {
    throw new InputError(
      `invalid ${what} "${value}": expected letters, digits, '.', '_' or '-'`,
    );
  }
  return value;
}

/** The readiness HTTP API. Every route is authenticated and permission-checked. */
export async function createRouter(options: {
  store: ReadinessStore;
  scans: ScanService;
  catalog: CatalogService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  logger: LoggerService;
  runbooks: RunbookLibrary;
  staleAfterMs: number;
  teamCard: { scoreBar: number; growthThreshold: number };
}): Promise<express.Router> {
  const {
    store,
    scans,
    catalog,
    httpAuth,
    permissions,
    runbooks,
    staleAfterMs,
    teamCard,
  } = options;
  const router = Router();
  router.use(express.json());

  async function authorize(req: Request, permission: BasicPermission) {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`not allowed: ${permission.name}`);
    }
    return credentials;
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/clusters', async (req, res) => {
    await authorize(req, readinessClusterReadPermission);
    const now = new Date();
    const states = await store.getClusters();
    res.json({ items: states.map(s => clusterSummary(s, staleAfterMs, now)) });
  });

  router.get('/clusters/:name', async (req, res) => {
    await authorize(req, readinessClusterReadPermission);
    const name = checkName('cluster name', req.params.name);
    const state = await store.getCluster(name);
    if (!state)
      throw new NotFoundError(`no readiness report for cluster "${name}"`);
    res.json({
      name,
      report: state.report,
      scan: scanState(state, staleAfterMs, new Date()),
    });
  });

  router.get('/clusters/:name/history', async (req, res) => {
    await authorize(req, readinessClusterReadPermission);
    const name = checkName('cluster name', req.params.name);
    if (!(await store.getCluster(name))) {
      throw new NotFoundError(`no readiness report for cluster "${name}"`);
    }
    res.json({ name, items: await store.getHistory(name) });
  });

  router.post('/clusters/:name/refresh', async (req, res) => {
    await authorize(req, readinessClusterRefreshPermission);
    const name = checkName('cluster name', req.params.name);
    if (!scans.clusterNames().includes(name)) {
      throw new NotFoundError(`no cluster named "${name}" is configured`);
    }
    const outcome = await scans.scanCluster(name);
    res.status(outcome.ok ? 200 : 502).json({
      cluster: name,
      ok: outcome.ok,
      error: outcome.error,
      total: outcome.report.total,
      durationMs: outcome.durationMs,
    });
  });

  router.get('/report', async (req, res) => {
    await authorize(req, readinessClusterReadPermission);
    const format = req.query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new InputError(
        `invalid format "${String(format)}": expected json or csv`,
      );
    }
    const rows = portalReport(
      await store.getClusters(),
      staleAfterMs,
      new Date(),
    );
    if (format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .attachment('readiness-report.csv')
        .send(portalReportCsv(rows));
      return;
    }
    res.json({ generatedAt: new Date().toISOString(), items: rows });
  });

  router.get('/runbooks/:id', async (req, res) => {
    await authorize(req, readinessClusterReadPermission);
    res.json(await runbooks.get(req.params.id));
  });

  router.get('/team/:namespace/:name', async (req, res) => {
    await authorize(req, readinessClusterReadPermission);
    const namespace = checkName('team namespace', req.params.namespace);
    const name = checkName('team name', req.params.name);
    const teamRef = stringifyEntityRef({ kind: 'group', namespace, name });
    const states = await store.getClusters();
    const now = new Date();
    const growth = costGrowth(
      await store.getCostHistory(growthWindowStart(now)),
      teamRef,
      teamCard.growthThreshold,
    );
    const view = teamView({
      teamRef,
      states,
      staleAfterMs,
      now,
      scoreBar: teamCard.scoreBar,
      growthThreshold: teamCard.growthThreshold,
      growth: (cluster, ns) =>
        growth.namespaces.get(`${cluster}/${ns}`) ?? null,
    });
    res.json({
      ...view,
      growth: growth.team,
      growthFlag:
        growth.team !== null && growth.team >= teamCard.growthThreshold,
    });
  });

  router.get('/entity/:kind/:namespace/:name', async (req, res) => {
    const credentials = await authorize(req, readinessClusterReadPermission);
    const { kind, namespace, name } = req.params;
    for (const [what, value] of [
      ['kind', kind],
      ['namespace', namespace],
      ['name', name],
    ]) {
      checkName(`entity ${what}`, value);
    }
    const ref = stringifyEntityRef(parseEntityRef({ kind, namespace, name }));
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) throw new NotFoundError(`no catalog entity "${ref}"`);
    const annotations = entity.metadata.annotations ?? {};
    const matcher = {
      entityRef: stringifyEntityRef(entity),
      kubernetesId: annotations['backstage.io/kubernetes-id'] ?? null,
      labelSelector:
        annotations['backstage.io/kubernetes-label-selector'] ?? null,
      namespace: annotations['backstage.io/kubernetes-namespace'] ?? null,
    };
    const now = new Date();
    const clusters = (await store.getClusters())
      .map(state => entityClusterView(state, matcher, staleAfterMs, now))
      .filter(<T>(v: T | undefined): v is T => v !== undefined);
    const body: EntityReadiness = {
      entityRef: ref,
      matchedBy: describeMatcher(matcher),
      clusters,
    };
    res.json(body);
  });

  return router;
}
