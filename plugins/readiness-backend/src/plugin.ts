import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readinessPermissions } from '@readiness/plugin-readiness-common';
import { toCatalogFacts } from './catalog/catalogFacts';
import { readReadinessConfig } from './config';
import { ReadinessStore } from './database/ReadinessStore';
import { RunbookLibrary } from './runbooks/RunbookLibrary';
import { ReadinessMetrics } from './service/ReadinessMetrics';
import { ScanService } from './service/ScanService';
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
        const scans = ScanService.create({
          config,
          store,
          logger: deps.logger,
          metrics: ReadinessMetrics.create(),
          catalog: async () => {
            const { items } = await deps.catalog.getEntities(
              {
                filter: [
                  { kind: 'component' },
                  { kind: 'group' },
                  { kind: 'resource', 'spec.type': 'kubernetes-cluster' },
                ],
                fields: [
                  'kind',
                  'metadata.name',
                  'metadata.namespace',
                  'metadata.annotations',
                  'spec.owner',
                  'spec.type',
                ],
              },
              { credentials: await deps.auth.getOwnServiceCredentials() },
            );
            return toCatalogFacts(items);
          },
        });
        deps.permissionsRegistry.addPermissions(readinessPermissions);

        // One task per cluster, global scope: with several replicas each cluster is scanned
        // once per interval, and one slow cluster never delays the others.
        for (const name of scans.clusterNames()) {
          await deps.scheduler.scheduleTask({
            id: `readiness-scan:${name}`,
            ...config.schedule,
            scope: 'global',
            fn: async () => {
              await scans.scanCluster(name);
            },
          });
        }
        deps.logger.info(
          `Readiness scans ${scans.clusterNames().length} cluster(s)`,
        );

        deps.httpRouter.use(
          await createRouter({
            store,
            scans,
            catalog: deps.catalog,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            logger: deps.logger,
            runbooks: RunbookLibrary.create(config.runbooks.directory),
            staleAfterMs: config.staleAfterMs,
            teamCard: config.teamCard,
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
