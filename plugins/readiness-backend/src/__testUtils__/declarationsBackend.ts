import type { Server } from 'node:http';
import path from 'node:path';
import { ServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { readinessPlugin } from '../plugin';

const snapshot = path.join(
  __dirname,
  '..',
  'checks',
  '__fixtures__',
  'isolated.yaml',
);
const DAY_MS = 86_400_000;

/** The author the declaration tests act as. */
export const JANE = 'user:default/jane';

/** A day relative to today, YYYY-MM-DD: validation compares against the real clock. */
export const day = (offset: number) =>
  new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/**
 * A backend with the readiness plugin and two snapshot clusters, "shop" and "other", scanned
 * only when refreshed through the API.
 */
export async function startDeclarationsBackend(
  options: {
    permissions?: ServiceFactory;
    /** More clusters besides "shop" and "other". */
    clusters?: Array<{ name: string; snapshot: string }>;
  } = {},
): Promise<Server> {
  const { server } = await startTestBackend({
    features: [
      readinessPlugin,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      options.permissions ??
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: {
          readiness: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 1 },
              initialDelay: { hours: 24 },
            },
            attestationMaxAgeDays: 90,
            clusters: [
              { name: 'shop', snapshot },
              { name: 'other', snapshot },
              ...(options.clusters ?? []),
            ],
          },
        },
      }),
    ],
  });
  return server;
}

/** Jane's Authorization header. */
export const jane = () => mockCredentials.user.header(JANE);

/** A valid attestation body for "shop". */
export const attestation = () => ({
  cluster: 'shop',
  check: 'incidents-on-call-rotation',
  date: day(-3),
  evidence: 'https://wiki.example.com/on-call',
});

/** A valid exemption body for a check "shop" fails. */
export const exemption = () => ({
  cluster: 'shop',
  check: 'backup-velero-schedule',
  reason: 'backups by the storage array, PLAT-9',
  expires: day(30),
});
