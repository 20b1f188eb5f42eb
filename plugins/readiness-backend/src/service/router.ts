import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EntityReadiness,
  readinessClusterRefreshPermission,
} from '@readiness/plugin-readiness-common';
import express from 'express';
import { ReadinessStore } from '../database/ReadinessStore';
import { createOpenApiRouter, spec } from '../schema/openapi.generated';
import { portalReport, portalReportCsv } from '../report/portalReport';
import { RunbookLibrary } from '../runbooks/RunbookLibrary';
import { checkName } from './checkName';
import { bindDeclarationRoutes } from './declarationsRouter';
import { validateRequestsAgainst } from './requestValidation';
import { RouteAccess } from './RouteAccess';
import { ScanService } from './ScanService';
import { costGrowth, growthWindowStart } from './costGrowth';
import {
  teamMatcher,
  teamNamespaces,
  teamOwnerValues,
  teamView,
} from './teamView';
import { EntityIndexCache } from './EntityIndexCache';
import { describeMatcher, entityClusterView } from './entityView';
import { clusterSummary, scanState } from './views';

/**
 * The readiness HTTP API, typed from `schema/openapi.yaml`: a handler's path parameters, query,
 * body and response must match the document or the build fails, and requests that do not match
 * it are refused with a 400 before a handler runs. Every route is authenticated and
 * permission-checked; routes that show several clusters show only those the caller may read.
 */
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
  attestationMaxAgeDays: number;
  /** The cards' report indexes, when the caller keeps them warm; one of its own otherwise. */
  entityIndexes?: EntityIndexCache;
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
  const router = await createOpenApiRouter({
    middleware: [express.json(), validateRequestsAgainst(spec)],
    validatorOptions: { validateRequests: false, validateSecurity: false },
  });
  const access = RouteAccess.create({ httpAuth, permissions });
  const entityIndexes = options.entityIndexes ?? new EntityIndexCache(store);
  /** The summaries (no reports) of the clusters the caller may read. */
  async function readableSummaries(req: express.Request) {
    const readable = await access.readableClusters(req, scans.clusterNames());
    const summaries = await store.getClusterSummaries();
    return summaries.filter(s => readable.canRead(s.name));
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/clusters', async (req, res) => {
    const summaries = await readableSummaries(req);
    const now = new Date();
    res.json({
      items: summaries.map(s => clusterSummary(s, staleAfterMs, now)),
    });
  });

  router.get('/clusters/:name', async (req, res) => {
    const name = checkName('cluster name', req.params.name);
    await access.readCluster(req, name);
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
    const name = checkName('cluster name', req.params.name);
    await access.readCluster(req, name);
    if (!(await store.getCluster(name))) {
      throw new NotFoundError(`no readiness report for cluster "${name}"`);
    }
    res.json({ name, items: await store.getHistory(name) });
  });

  router.post('/clusters/:name/refresh', async (req, res) => {
    await access.require(req, readinessClusterRefreshPermission);
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
    const summaries = await readableSummaries(req);
    const format = req.query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new InputError(
        `invalid format "${String(format)}": expected json or csv`,
      );
    }
    const rows = portalReport(summaries, staleAfterMs, new Date());
    if (format === 'csv') {
      // The typed `send` knows only the JSON body; CSV is the document's other content type.
      res
        .type('text/csv; charset=utf-8')
        .attachment('readiness-report.csv')
        .end(portalReportCsv(rows));
      return;
    }
    res.json({ generatedAt: new Date().toISOString(), items: rows });
  });

  router.get('/runbooks/:id', async (req, res) => {
    // Runbooks are about checks, not clusters: reading any cluster is enough.
    await access.readableClusters(req, []);
    res.json(await runbooks.get(req.params.id));
  });

  router.get('/team/:namespace/:name', async (req, res) => {
    const readable = await access.readableClusters(req, scans.clusterNames());
    const namespace = checkName('team namespace', req.params.namespace);
    const name = checkName('team name', req.params.name);
    const teamRef = stringifyEntityRef({ kind: 'group', namespace, name });
    const now = new Date();
    // The indexed reports, not a parse of every stored report per request.
    const clusters = (await entityIndexes.clusters()).filter(({ state }) =>
      readable.canRead(state.name),
    );
    // Only the team's own history: its namespaces' and the rows it owned.
    const isTeam = teamMatcher(teamRef);
    const history = await store.getCostHistory(growthWindowStart(now), {
      owners: teamOwnerValues(teamRef),
      namespaces: clusters.flatMap(({ index }) =>
        teamNamespaces(index.namespaces, isTeam).map(ns => ({
          cluster: index.cluster,
          namespace: ns.name,
        })),
      ),
    });
    const growth = costGrowth(history, teamRef, teamCard.growthThreshold);
    const view = teamView({
      teamRef,
      clusters,
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
    const readable = await access.readableClusters(req, scans.clusterNames());
    const { credentials } = readable;
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
    const clusters = (await entityIndexes.clusters())
      .filter(({ state }) => readable.canRead(state.name))
      .map(({ state, index }) =>
        entityClusterView(index, state, matcher, staleAfterMs, now),
      )
      .filter(<T>(v: T | undefined): v is T => v !== undefined);
    const body: EntityReadiness = {
      entityRef: ref,
      matchedBy: describeMatcher(matcher),
      clusters,
    };
    res.json(body);
  });

  bindDeclarationRoutes(router, {
    store,
    scans,
    access,
    attestationMaxAgeDays: options.attestationMaxAgeDays,
  });

  return router;
}
