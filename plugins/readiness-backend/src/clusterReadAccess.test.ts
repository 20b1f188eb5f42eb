import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PermissionEvaluator,
} from '@backstage/plugin-permission-common';
import {
  READINESS_CLUSTER_RESOURCE_TYPE,
  readinessClusterReadPermission,
} from '@readiness/plugin-readiness-common';
import request from 'supertest';
import {
  attestation,
  exemption,
  jane,
  startDeclarationsBackend as start,
} from './__testUtils__/declarationsBackend';

// Lets its caller read the cluster "shop" and no other, as a conditional policy would.
const onlyShopReadable = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: (): PermissionEvaluator => ({
    async authorize(requests) {
      return requests.map(r => ({
        result:
          r.permission.name !== readinessClusterReadPermission.name ||
          r.resourceRef === 'shop'
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      }));
    },
    async authorizeConditional(requests) {
      return requests.map(() => ({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'readiness',
        resourceType: READINESS_CLUSTER_RESOURCE_TYPE,
        conditions: {
          rule: 'IS_CLUSTER',
          resourceType: READINESS_CLUSTER_RESOURCE_TYPE,
          params: { names: ['shop'] },
        },
      }));
    },
  }),
});

describe('readiness.cluster.read per cluster', () => {
  it('shows only the clusters, declarations and audit entries a conditional policy allows', async () => {
    const server = await start({ permissions: onlyShopReadable });
    const api = request(server);
    for (const cluster of ['shop', 'other']) {
      await api
        .post(`/api/readiness/clusters/${cluster}/refresh`)
        .set('Authorization', jane());
      await api
        .post('/api/readiness/exemptions')
        .set('Authorization', jane())
        .send({ ...exemption(), cluster });
    }
    await api
      .post('/api/readiness/attestations')
      .set('Authorization', jane())
      .send({ ...attestation(), cluster: '*' });

    const clusters = await api
      .get('/api/readiness/clusters')
      .set('Authorization', jane());
    expect(clusters.body.items.map((c: any) => c.name)).toEqual(['shop']);
    expect(
      (
        await api
          .get('/api/readiness/clusters/other')
          .set('Authorization', jane())
      ).status,
    ).toBe(403);
    expect(
      (
        await api
          .get('/api/readiness/exemptions?cluster=other')
          .set('Authorization', jane())
      ).status,
    ).toBe(403);
    const exemptions = await api
      .get('/api/readiness/exemptions')
      .set('Authorization', jane());
    expect(exemptions.body.items.map((e: any) => e.cluster)).toEqual(['shop']);
    const attestations = await api
      .get('/api/readiness/attestations')
      .set('Authorization', jane());
    expect(attestations.body.items.map((a: any) => a.cluster)).toEqual(['*']);
    const audit = await api
      .get('/api/readiness/audit')
      .set('Authorization', jane());
    expect(audit.body.items.map((e: any) => e.details.cluster)).toEqual([
      '*',
      'shop',
    ]);
  });
});
