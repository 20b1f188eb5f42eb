import { attributeCosts } from './attributeCosts';
import { OpenCostResult } from './opencost';
import { UNOWNED_SHARE } from './shares';
import {
  clusterFacts,
  container,
  forbidden,
  node,
  ok,
  pod,
  pvc,
  service,
} from './__testUtils__/facts';

// Unit prices for a 730-hour month at OpenCost's defaults:
//   1 core = 23.07603; 1 GiB RAM = 3.09301; 1 GiB PVC = 0.04; 1 LoadBalancer = 18.25
const ns = (name: string, labels: Record<string, string> = {}) => ({
  name,
  labels,
  annotations: {},
});
const GROUPS = ['group:default/payments', 'group:default/search'];

/**
 * payments: one pod 2 cores / 4 GiB, a 50 GiB volume, one LoadBalancer
 *   2 × 23.07603 + 4 × 3.09301 + 50 × 0.04 + 18.25 = 46.15206 + 12.37204 + 2 + 18.25 = 78.7741
 * shared (owned by payments): search-1 (team=search) 1 core / 1 GiB = 26.16904;
 *   api-1 (no label) 0.5 core / 2 GiB = 11.538015 + 6.18602 = 17.724035; total 43.893075
 * scratch (no owner): 0.25 core / 0.25 GiB = 5.7690075 + 0.7732525 = 6.54226
 * nodes: one 8-core 32 GiB node; requested 3.75 cores, 7.25 GiB
 *   idle (8 − 3.75) × 23.07603 + (32 − 7.25) × 3.09301 = 98.0731275 + 76.5519975 = 174.625125
 */
function facts() {
  return clusterFacts({
    namespaces: ok([
      ns('payments', { team: 'payments' }),
      ns('shared', { team: 'payments' }),
      ns('scratch'),
    ]),
    nodes: ok([node('node-a', 8, 32)]),
    pods: ok([
      pod('payments', 'ledger-0', [container('app', 2, 4)], {
        persistentVolumeClaims: ['data'],
      }),
      pod('shared', 'search-1', [container('app', 1, 1)], {
        labels: { team: 'search' },
      }),
      pod('shared', 'api-1', [container('app', 0.5, 2)]),
      pod('scratch', 'tmp-1', [container('app', 0.25, 0.25)]),
    ]),
    persistentVolumeClaims: ok([pvc('payments', 'data', 50)]),
    services: ok([service('payments', 'public', 'LoadBalancer')]),
  });
}

describe('attributeCosts', () => {
  it('prices namespaces from requests, splits shared ones and rolls teams up', () => {
    const result = attributeCosts(facts(), { catalog: { groups: GROUPS } });

    expect(result.namespaces.get('payments')).toEqual({
      owner: 'group:default/payments',
      ownerSource: 'namespace label team',
      conflicts: [],
      orphan: false,
      cost: {
        monthly: 78.77,
        currency: 'USD',
        source: 'requests',
        breakdown: {
          cpu: 46.15,
          memory: 12.37,
          gpu: 0,
          storage: 2,
          loadBalancers: 18.25,
        },
        unpricedContainers: 0,
      },
    });
    expect(result.namespaces.get('shared')?.cost).toMatchObject({
      monthly: 43.89,
      shares: [
        { owner: 'group:default/search', monthly: 26.17 },
        { owner: 'group:default/payments', monthly: 17.72 },
      ],
    });
    expect(result.namespaces.get('scratch')).toMatchObject({
      owner: null,
      orphan: true,
      cost: { monthly: 6.54 },
    });

    // payments: 78.7741 + its share of shared 17.724035 = 96.498135; search: 26.16904.
    // The orphan's 6.54226 belongs to no team.
    expect(result.teams).toEqual([
      {
        name: 'group:default/payments',
        namespaces: ['payments', 'shared'],
        monthlyCost: 96.5,
        currency: 'USD',
      },
      {
        name: 'group:default/search',
        namespaces: ['shared'],
        monthlyCost: 26.17,
        currency: 'USD',
      },
    ]);
    expect(result.cluster).toMatchObject({
      currency: 'USD',
      idleMonthly: 174.63,
      listPrices: true,
    });
    expect(result.gaps).toEqual([]);
  });

  it('puts unlabelled spend of an unowned shared namespace in an unowned share', () => {
    const result = attributeCosts(
      clusterFacts({
        namespaces: ok([ns('lab')]),
        pods: ok([
          pod('lab', 'a', [container('app', 1, 0)], {
            labels: { team: 'search' },
          }), // 23.07603
          pod('lab', 'b', [container('app', 0, 1)]), // 3.09301
        ]),
      }),
      { catalog: { groups: GROUPS } },
    );
    expect(result.namespaces.get('lab')?.cost?.shares).toEqual([
      { owner: 'group:default/search', monthly: 23.08 },
      { owner: UNOWNED_SHARE, monthly: 3.09 },
    ]);
    expect(result.teams).toEqual([
      {
        name: 'group:default/search',
        namespaces: ['lab'],
        monthlyCost: 23.08,
        currency: 'USD',
      },
    ]);
  });

  it('uses OpenCost where it has the namespace, keeping the split proportions', () => {
    const opencost: OpenCostResult = {
      ok: true,
      coverageHours: 720,
      namespaces: new Map([
        [
          'payments',
          {
            monthly: 100,
            breakdown: {
              cpu: 50,
              memory: 20,
              gpu: 0,
              storage: 10,
              loadBalancers: 20,
            },
          },
        ],
        [
          'shared',
          {
            monthly: 87.78615,
            breakdown: {
              cpu: 60,
              memory: 27.78615,
              gpu: 0,
              storage: 0,
              loadBalancers: 0,
            },
          },
        ],
      ]),
    };
    const result = attributeCosts(facts(), {
      catalog: { groups: GROUPS },
      opencost,
    });
    expect(result.namespaces.get('payments')?.cost).toMatchObject({
      source: 'opencost',
      monthly: 100,
    });
    expect(result.namespaces.get('payments')?.cost?.note).toBeUndefined();
    // OpenCost's 87.78615 is exactly 2 × the request model's 43.893075, so each share doubles:
    // search 2 × 26.16904 = 52.33808; payments 2 × 17.724035 = 35.44807
    expect(result.namespaces.get('shared')?.cost?.shares).toEqual([
      { owner: 'group:default/search', monthly: 52.34 },
      { owner: 'group:default/payments', monthly: 35.45 },
    ]);
    // scratch runs but OpenCost has not seen it yet
    expect(result.namespaces.get('scratch')?.cost).toMatchObject({
      source: 'requests',
      monthly: 6.54,
      note: "not in OpenCost's allocation yet; list prices used",
    });
    // payments 100 + 35.44807 = 135.44807
    expect(result.teams[0]).toMatchObject({
      name: 'group:default/payments',
      monthlyCost: 135.45,
    });
  });

  it('falls back to list prices, with a note, when OpenCost failed', () => {
    const result = attributeCosts(facts(), {
      opencost: { ok: false, reason: 'fetch failed (ECONNREFUSED)' },
    });
    const note =
      'OpenCost unreachable: fetch failed (ECONNREFUSED); list prices used';
    expect(result.namespaces.get('payments')?.cost).toMatchObject({
      source: 'requests',
      monthly: 78.77,
      note,
    });
    expect(result.gaps).toEqual([note]);
  });

  it('applies per-cluster prices and config overrides', () => {
    const result = attributeCosts(facts(), {
      pricing: {
        default: { currency: 'EUR' },
        clusters: { 'prod-eu': { loadBalancerMonth: 20 } },
      },
      ownership: {
        overrides: [
          { cluster: 'prod-eu', namespace: 'scratch', owner: 'search' },
        ],
      },
      catalog: { groups: GROUPS },
    });
    // payments with a 20 LoadBalancer: 78.7741 − 18.25 + 20 = 80.5241
    expect(result.namespaces.get('payments')?.cost).toMatchObject({
      monthly: 80.52,
      currency: 'EUR',
    });
    expect(result.namespaces.get('scratch')).toMatchObject({
      owner: 'group:default/search',
      ownerSource: 'config',
    });
    // search: shared share 26.16904 + scratch 6.54226 = 32.7113
    expect(result.teams[1]).toEqual({
      name: 'group:default/search',
      namespaces: ['scratch', 'shared'],
      monthlyCost: 32.71,
      currency: 'EUR',
    });
  });

  it('reports owners without costs, and no cluster cost, when Pods are unreadable', () => {
    const result = attributeCosts(
      clusterFacts({
        namespaces: ok([ns('payments', { team: 'payments' })]),
        pods: forbidden('pods'),
      }),
    );
    expect(result.namespaces.get('payments')).toEqual({
      owner: 'payments',
      ownerSource: 'namespace label team',
      conflicts: [],
      orphan: false,
    });
    expect(result.cluster).toBeNull();
    expect(result.teams).toEqual([]);
    expect(result.gaps).toEqual([
      'namespace costs not computed: Pods unreadable (pods: HTTP 403: pods is forbidden)',
    ]);
  });
});
