import { mockCredentials } from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  PermissionsService,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
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

const ADMIN = 'user:default/admin';
const admin = () => mockCredentials.user.header(ADMIN);

/** Whether the caller is the admin, who may read every cluster. */
function isAdmin(options?: { credentials?: BackstageCredentials }) {
  const principal = options?.credentials?.principal as
    | { userEntityRef?: string }
    | undefined;
  return principal?.userEntityRef === ADMIN;
}

// Lets the admin read every cluster and anyone else "shop" only, as a conditional policy would.
const onlyShopReadable = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: (): PermissionsService => ({
    async authorize(requests, options) {
      return requests.map(r => ({
        result:
          isAdmin(options) ||
          r.permission.name !== readinessClusterReadPermission.name ||
          r.resourceRef === 'shop'
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      }));
    },
    async authorizeConditional(requests, options) {
      if (isAdmin(options)) {
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      }
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
        .set('Authorization', admin());
      await api
        .post('/api/readiness/exemptions')
        .set('Authorization', admin())
        .send({ ...exemption(), cluster });
    }
    await api
      .post('/api/readiness/attestations')
      .set('Authorization', admin())
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

    // Newer entries about "other" do not crowd hers out of a short page.
    for (let i = 0; i < 3; i++) {
      await api
        .post('/api/readiness/exemptions')
        .set('Authorization', admin())
        .send({ ...exemption(), cluster: 'other' });
    }
    const page = await api
      .get('/api/readiness/audit?limit=2')
      .set('Authorization', jane());
    expect(page.body.items.map((e: any) => e.details.cluster)).toEqual([
      '*',
      'shop',
    ]);
  });

  it('refuses declarations about clusters the caller cannot read', async () => {
    const server = await start({ permissions: onlyShopReadable });
    const api = request(server);
    const about = async (route: string, body: object) =>
      (
        await api
          .post(`/api/readiness${route}`)
          .set('Authorization', jane())
          .send(body)
      ).status;
    expect(
      await about('/exemptions', { ...exemption(), cluster: 'other' }),
    ).toBe(403);
    // Every cluster includes "other".
    expect(
      await about('/attestations', { ...attestation(), cluster: '*' }),
    ).toBe(403);
    const { cluster: _omitted, ...everyCluster } = exemption() as any;
    expect(await about('/exemptions', everyCluster)).toBe(403);
    expect(
      await about('/exemptions', { ...exemption(), cluster: 'shop' }),
    ).toBe(201);
    expect(
      await about('/attestations', { ...attestation(), cluster: 'shop' }),
    ).toBe(201);
  });
  it('refuses to revoke declarations about clusters the caller cannot read', async () => {
    const server = await start({ permissions: onlyShopReadable });
    const api = request(server);
    const declare = async (route: string, body: object) =>
      (
        await api
          .post(`/api/readiness${route}`)
          .set('Authorization', admin())
          .send(body)
      ).body.id as string;
    const other = await declare('/exemptions', {
      ...exemption(),
      cluster: 'other',
    });
    const everywhere = await declare('/attestations', {
      ...attestation(),
      cluster: '*',
    });
    const shop = await declare('/exemptions', {
      ...exemption(),
      cluster: 'shop',
    });
    const revoke = async (route: string, who: () => string) =>
      (
        await api
          .post(`/api/readiness${route}/revoke`)
          .set('Authorization', who())
      ).status;

    expect(await revoke(`/exemptions/${other}`, jane)).toBe(403);
    expect(await revoke(`/attestations/${everywhere}`, jane)).toBe(403);
    expect(await revoke('/exemptions/no-such-id', jane)).toBe(404);
    expect(await revoke(`/exemptions/${shop}`, jane)).toBe(200);
    // Refused revocations changed nothing: the admin can still revoke them.
    expect(await revoke(`/exemptions/${other}`, admin)).toBe(200);
    expect(await revoke(`/attestations/${everywhere}`, admin)).toBe(200);
  });
});
