import { CostFacts, CostModel, computeCosts } from './computeCosts';
import { OPENCOST_DEFAULT_PRICING, resolvePricing, toCents } from './pricing';
import {
  container,
  forbidden,
  node,
  ok,
  pod,
  pvc,
  service,
} from './__testUtils__/facts';

// Unit prices for a 730-hour month at OpenCost's defaults, used in every hand computation below:
//   1 core    = 0.031611 × 730 = 23.07603
//   1 GiB RAM = 0.004237 × 730 = 3.09301
//   1 GPU     = 0.95 × 730     = 693.5
//   1 GiB PVC = 0.04;  1 LoadBalancer = 0.025 × 730 = 18.25

function model(facts: Partial<CostFacts>): CostModel {
  return computeCosts(
    {
      namespaces: ok([]),
      pods: ok([]),
      persistentVolumeClaims: ok([]),
      services: ok([]),
      nodes: ok([]),
      ...facts,
    },
    {
      pricing: OPENCOST_DEFAULT_PRICING,
      ownerKeys: ['team', 'owner'],
      groups: ['group:default/payments'],
    },
  );
}

/** A namespace's figures rounded to cents, as the report shows them. */
function cents(m: CostModel, namespace: string) {
  const ns = m.namespaces.get(namespace)!;
  return {
    monthly: toCents(ns.monthly),
    cpu: toCents(ns.breakdown.cpu),
    memory: toCents(ns.breakdown.memory),
    gpu: toCents(ns.breakdown.gpu),
    storage: toCents(ns.breakdown.storage),
    loadBalancers: toCents(ns.breakdown.loadBalancers),
    unpricedContainers: ns.unpricedContainers,
  };
}

describe('computeCosts', () => {
  it.each([
    [
      // cpu 0.5 + 0.25 = 0.75 × 23.07603 = 17.3070225; mem 1 + 0.5 = 1.5 GiB × 3.09301 = 4.639515
      // total 21.9465375
      'app containers add up',
      [
        pod('web', 'web-1', [
          container('app', 0.5, 1),
          container('proxy', 0.25, 0.5),
        ]),
      ],
      {
        monthly: 21.95,
        cpu: 17.31,
        memory: 4.64,
        gpu: 0,
        unpricedContainers: 0,
      },
    ],
    [
      // cpu max(0.25, init 1) = 1 × 23.07603 = 23.07603; mem max(0.25, init 0.125) = 0.25 GiB
      // × 3.09301 = 0.7732525; total 23.8492825
      'the largest init container sets the floor',
      [
        pod('web', 'migrate-1', [
          container('migrate', 1, 0.125, { init: true }),
          container('app', 0.25, 0.25),
        ]),
      ],
      {
        monthly: 23.85,
        cpu: 23.08,
        memory: 0.77,
        gpu: 0,
        unpricedContainers: 0,
      },
    ],
    [
      // cpu 1 + overhead 0.25 = 1.25 × 23.07603 = 28.8450375; mem 1 + overhead 0.5 = 1.5 GiB
      // × 3.09301 = 4.639515; total 33.4845525
      'pod overhead is added on top',
      [
        pod('web', 'kata-1', [container('app', 1, 1)], {
          overhead: { cpuCores: 0.25, memoryBytes: 0.5 * 2 ** 30 },
        }),
      ],
      {
        monthly: 33.48,
        cpu: 28.85,
        memory: 4.64,
        gpu: 0,
        unpricedContainers: 0,
      },
    ],
    [
      // gpus: nvidia max(app 1, init 1) = 1, amd 2, example.com/fpga is not a GPU → 3 × 693.5 = 2080.5
      // cpu 4 × 23.07603 = 92.30412; mem 16 × 3.09301 = 49.48816; total 2222.29228
      'GPUs of any vendor are priced, other extended resources are not',
      [
        pod('ml', 'train-1', [
          container('fetch', 0.1, 0.1, {
            init: true,
            extendedRequests: { 'nvidia.com/gpu': 1 },
          }),
          container('train', 4, 16, {
            extendedRequests: { 'nvidia.com/gpu': 1, 'example.com/fpga': 3 },
          }),
          container('infer', null, null, {
            extendedRequests: { 'amd.com/gpu': 2 },
          }),
        ]),
      ],
      {
        monthly: 2222.29,
        cpu: 92.3,
        memory: 49.49,
        gpu: 2080.5,
        unpricedContainers: 1,
      },
    ],
    [
      // priced: cpu-only container 0.5 × 23.07603 = 11.538015; mem-only 2 GiB × 3.09301 = 6.18602
      // total 17.724035. Unpriced: no requests, cpu-only, memory-only = 3; the init container
      // without requests and the Pending pod's container are not counted.
      'containers missing a request are counted as unpriced; what they do request is priced',
      [
        pod('batch', 'job-1', [
          container('setup', null, null, { init: true }),
          container('bare', null, null),
          container('cpu-only', 0.5, null),
          container('mem-only', null, 2),
        ]),
        pod('batch', 'job-2', [container('bare', null, null)], {
          phase: 'Pending',
        }),
      ],
      {
        monthly: 17.72,
        cpu: 11.54,
        memory: 6.19,
        gpu: 0,
        unpricedContainers: 3,
      },
    ],
    [
      // Only job-run is Running: 1 × 23.07603 + 1 × 3.09301 = 26.16904
      'pods that are not Running cost nothing',
      [
        pod('jobs', 'job-run', [container('app', 1, 1)]),
        pod('jobs', 'job-pending', [container('app', 8, 32)], {
          phase: 'Pending',
          nodeName: null,
        }),
        pod('jobs', 'job-done', [container('app', 8, 32)], {
          phase: 'Succeeded',
        }),
        pod('jobs', 'job-failed', [container('app', 8, 32)], {
          phase: 'Failed',
        }),
      ],
      {
        monthly: 26.17,
        cpu: 23.08,
        memory: 3.09,
        gpu: 0,
        unpricedContainers: 0,
      },
    ],
  ])('%s', (_name, pods, expected) => {
    const m = model({ pods: ok(pods) });
    const namespace = pods[0].namespace;
    expect(cents(m, namespace)).toEqual({
      storage: 0,
      loadBalancers: 0,
      ...expected,
    });
  });

  it('prices bound volumes and LoadBalancer Services', () => {
    const m = model({
      namespaces: ok([{ name: 'db', labels: {}, annotations: {} }]),
      persistentVolumeClaims: ok([
        pvc('db', 'data-0', 50), // 50 × 0.04 = 2.00
        pvc('db', 'data-1', 100), // 100 × 0.04 = 4.00
        pvc('db', 'pending', 500, 'Pending'), // not bound: not billed
        pvc('db', 'unknown-size', null), // size unknown: nothing to price
      ]),
      services: ok([
        service('db', 'primary', 'LoadBalancer'), // 18.25
        service('db', 'replica', 'LoadBalancer'), // 18.25
        service('db', 'internal', 'ClusterIP'),
        service('db', 'debug', 'NodePort'),
      ]),
    });
    // 2 + 4 + 18.25 + 18.25 = 42.5
    expect(cents(m, 'db')).toEqual({
      monthly: 42.5,
      cpu: 0,
      memory: 0,
      gpu: 0,
      storage: 6,
      loadBalancers: 36.5,
      unpricedContainers: 0,
    });
  });

  it('prices node capacity no Running pod requests as idle', () => {
    const m = model({
      nodes: ok([
        node('node-a', 4, 16),
        node('node-b', 2, 4),
        node('node-c', null, 8),
      ]),
      pods: ok([
        pod('web', 'a-1', [container('app', 1.5, 2)], { nodeName: 'node-a' }),
        pod('web', 'a-2', [container('app', 0.25, 1)], { nodeName: 'node-a' }),
        pod('web', 'a-3', [container('app', 2, 2)], {
          nodeName: 'node-a',
          phase: 'Succeeded',
        }),
        pod('web', 'b-1', [container('app', 3, 1)], { nodeName: 'node-b' }),
      ]),
    });
    // node-a: cpu 4 − 1.75 = 2.25 × 23.07603 = 51.9210675; mem 16 − 3 = 13 × 3.09301 = 40.20913
    // node-b: cpu 2 − 3 → floored at 0; mem 4 − 1 = 3 × 3.09301 = 9.27903
    // node-c: cpu unknown (not priced); mem 8 × 3.09301 = 24.74408
    // 51.9210675 + 40.20913 + 9.27903 + 24.74408 = 126.1533075
    expect(toCents(m.idleMonthly!)).toBe(126.15);
    expect(m.gaps).toEqual([
      'idle capacity partial: allocatable CPU or memory unknown on node-c',
    ]);
  });

  it('splits by pod owner labels; volumes and load balancers follow the pods they serve', () => {
    const m = model({
      pods: ok([
        pod('shared', 'search-1', [container('app', 1, 1)], {
          labels: { team: 'search', app: 'search' },
          persistentVolumeClaims: ['index'],
        }),
        pod('shared', 'api-1', [container('app', 0.5, 2)], {
          labels: { app: 'api', owner: 'payments' },
        }),
        pod('shared', 'misc-1', [container('app', 0.25, 0.25)]),
      ]),
      persistentVolumeClaims: ok([
        pvc('shared', 'index', 10),
        pvc('shared', 'orphaned', 25),
      ]),
      services: ok([service('shared', 'api', 'LoadBalancer', { app: 'api' })]),
    });
    const byOwner = Object.fromEntries(
      [...m.namespaces.get('shared')!.byPodOwner].map(([owner, v]) => [
        String(owner),
        toCents(v),
      ]),
    );
    expect(byOwner).toEqual({
      // 1 × 23.07603 + 1 × 3.09301 + index 10 × 0.04 = 26.56904
      search: 26.57,
      // (owner label, normalized to the known group) 0.5 × 23.07603 + 2 × 3.09301 + LB 18.25
      // = 11.538015 + 6.18602 + 18.25 = 35.974035
      'group:default/payments': 35.97,
      // misc-1 0.25 × 23.07603 + 0.25 × 3.09301 = 6.54226; unmounted 25 × 0.04 = 1 → 7.54226
      null: 7.54,
    });
  });

  it('computes nothing, and says why, when Pods are unreadable', () => {
    const m = model({
      pods: forbidden('pods'),
      nodes: ok([node('node-a', 4, 16)]),
    });
    expect(m.namespaces.size).toBe(0);
    expect(m.idleMonthly).toBeNull();
    expect(m.gaps).toEqual([
      'namespace costs not computed: Pods unreadable (pods: HTTP 403: pods is forbidden)',
    ]);
  });

  it('notes on each namespace what could not be read', () => {
    const m = model({
      pods: ok([pod('web', 'web-1', [container('app', 1, 1)])]),
      persistentVolumeClaims: forbidden('persistentvolumeclaims'),
      nodes: forbidden('nodes'),
    });
    expect(m.namespaces.get('web')!.notes).toEqual([
      'storage not priced: PersistentVolumeClaims unreadable (persistentvolumeclaims: HTTP 403: persistentvolumeclaims is forbidden)',
    ]);
    expect(m.idleMonthly).toBeNull();
  });
});

describe('pricing', () => {
  it("takes the cluster's own prices over the global default over OpenCost's", () => {
    expect(
      resolvePricing('gpu-farm', {
        default: { currency: 'EUR', cpuCoreHour: 0.03 },
        clusters: { 'gpu-farm': { gpuHour: 2.1 } },
      }),
    ).toEqual({
      ...OPENCOST_DEFAULT_PRICING,
      currency: 'EUR',
      cpuCoreHour: 0.03,
      gpuHour: 2.1,
    });
    expect(OPENCOST_DEFAULT_PRICING.loadBalancerMonth).toBeCloseTo(18.25, 10);
  });

  it.each([
    [2.675, 2.68],
    [1.005, 1.01],
    [17.3070225, 17.31],
    [0.004999, 0],
  ])('rounds %p to %p cents', (value, expected) => {
    expect(toCents(value)).toBe(expected);
  });
});
