import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readinessPermissions } from '@readiness/plugin-readiness-common';
import { catalogFactsLoader } from './catalog/loadCatalogFacts';
import { discoverCatalogClusters } from './sources/discoverCatalogClusters';
import { readReadinessConfig } from './config';
import { ReadinessStore } from './database/ReadinessStore';
import { RunbookLibrary } from './runbooks/RunbookLibrary';
import { ReadinessMetrics } from './service/ReadinessMetrics';
import { ScanService } from './service/ScanService';
import { clusterResourceType } from './service/clusterResource';
import { EntityIndexCache } from './service/EntityIndexCache';
import { createRouter } from './service/router';

/**
 * The Readiness backend plugin: scans clusters on a schedule and serves their scorecards.
 * @public
 */
export const readinessPlugin = createBackendPlugin({
  pluginId: 'readiness',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init(deps) {
        const config = readReadinessConfig(deps.config);
        const store = await ReadinessStore.create(deps.database);
        const catalogFacts = catalogFactsLoader(deps.catalog, deps.auth);
        const scans = ScanService.create({
          config,
          store,
          logger: deps.logger,
          metrics: ReadinessMetrics.create(),
          catalog: catalogFacts,
        });
        deps.permissionsRegistry.addPermissions(readinessPermissions);
        deps.permissionsRegistry.addResourceType(
          clusterResourceType(() => scans.clusterNames()),
        );

        // One task per cluster, global scope: with several replicas each cluster is scanned
        // once per interval, and one slow cluster never delays the others.
        // The scheduler cannot unschedule: a cluster that left the catalog keeps its task, which
        // does nothing until the cluster comes back.
        const scheduled = new Set<string>();
        const scheduleScan = async (name: string) => {
          if (scheduled.has(name)) return;
          scheduled.add(name);
          await deps.scheduler.scheduleTask({
            id: `readiness-scan:${name}`,
            ...config.schedule,
            scope: 'global',
            fn: async () => {
              if (scans.hasCluster(name)) await scans.scanCluster(name);
            },
          });
        };
        for (const name of scans.clusterNames()) await scheduleScan(name);
        deps.logger.info(
          `Readiness scans ${
            scans.clusterNames().length
          } configured cluster(s)`,
        );

        if (config.catalogClusters.enabled) {
          // Local scope: every replica must register the scan tasks of new clusters itself.
          await deps.scheduler.scheduleTask({
            id: 'readiness-discover-catalog-clusters',
            frequency: { minutes: config.catalogClusters.frequencyMinutes },
            timeout: { minutes: 2 },
            initialDelay: { seconds: 10 },
            scope: 'local',
            fn: async () => {
              const { added } = await discoverCatalogClusters({
                catalogFacts,
                scans,
                tokens: config.catalogClusters.serviceAccountTokens,
                logger: deps.logger,
              });
              for (const name of added) await scheduleScan(name);
            },
          });
        }

        // The service and team cards read an index of each stored report. Built here in the
        // background, and kept current as scans store new reports, so that the first card
        // after a start (or after a scan) does not wait for the reports to be parsed: 3.7 s
        // at 1,000 clusters (docs/benchmarks.md).
        const cardIndexes = new EntityIndexCache(store);
        await deps.scheduler.scheduleTask({
          id: 'readiness-index-reports',
          frequency: { minutes: 1 },
          timeout: { minutes: 5 },
          initialDelay: { seconds: 10 },
          scope: 'local',
          fn: async () => {
            await cardIndexes.clusters();
          },
        });

        deps.httpRouter.use(
          await createRouter({
            store,
            scans,
            entityIndexes: cardIndexes,
            catalog: deps.catalog,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            logger: deps.logger,
            runbooks: RunbookLibrary.create(config.runbooks.directory),
            staleAfterMs: config.staleAfterMs,
            teamCard: config.teamCard,
            attestationMaxAgeDays: config.attestationMaxAgeDays,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
