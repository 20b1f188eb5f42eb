import { CheckResult, ClusterReport } from '@readiness/plugin-readiness-common';
import { namespace, testReport } from '../database/__testUtils__/reports';
import { EntityMatcher, entityClusterView, indexReport } from './entityView';

const now = new Date('2026-11-25T12:00:00Z');
const scan = {
  lastSuccessAt: '2026-11-25T11:50:00Z',
  lastAttemptAt: '2026-11-25T11:50:00Z',
  lastError: null,
};

function check(
  id: string,
  level: 1 | 2 | 3,
  status: CheckResult['status'],
  objects: CheckResult['objects'] = [],
): CheckResult {
  return {
    id,
    pillar: 'tenancy',
    title: id,
    level,
    status,
    source: 'observed',
    evidence: `${id} evidence`,
    objects,
    runbook: id,
  };
}

/** A cluster where payments-api runs in "payments" (found by id) and search in "search". */
function report(): ClusterReport {
  const base = testReport('prod', '2026-11-25T11:50:00Z', {
    namespaces: [
      {
        ...namespace('search', 'group:default/search'),
        components: ['component:default/search-frontend'],
        kubernetesIds: ['search-api'],
      },
      {
        ...namespace('payments', 'group:default/payments'),
        kubernetesIds: ['payments-api'],
      },
      {
        ...namespace('payments-batch', 'group:default/payments'),
        kubernetesIds: ['payments-api'],
      },
    ],
  });
  for (const pillar of base.pillars) pillar.checks = [];
  base.pillars[0].checks = [
    check('passes', 1, 'pass'),
    check('level-3', 3, 'fail'),
    check('level-1', 1, 'fail', [
      { kind: 'Namespace', name: 'payments' },
      { kind: 'Deployment', namespace: 'payments', name: 'api' },
      { kind: 'Deployment', namespace: 'search', name: 'web' },
    ]),
    check('exempted', 2, 'exempted'),
    check('unknown', 2, 'unknown'),
  ];
  return base;
}

const matcher = (m: Partial<EntityMatcher>): EntityMatcher => ({
  entityRef: 'component:default/payments-api',
  kubernetesId: null,
  labelSelector: null,
  namespace: null,
  ...m,
});

describe('entityClusterView', () => {
  const index = indexReport(report());

  it.each([
    [
      'by kubernetes-id',
      { kubernetesId: 'payments-api' },
      ['payments', 'payments-batch'],
    ],
    [
      'by kubernetes-id, limited to the namespace annotation',
      { kubernetesId: 'payments-api', namespace: 'payments-batch' },
      ['payments-batch'],
    ],
    [
      'by the Components a label-selector scan recorded',
      {
        entityRef: 'component:default/search-frontend',
        labelSelector: 'app in (search)',
      },
      ['search'],
    ],
    ['by an id no workload carries', { kubernetesId: 'ghost' }, undefined],
    ['without any annotation', {}, undefined],
  ] as const)('finds the namespaces %s', (_what, m, expected) => {
    const view = entityClusterView(index, scan, matcher(m), 3_600_000, now);
    expect(view?.namespaces.map(ns => ns.name)).toEqual(expected);
  });

  it('lists failing, unknown and exempted checks, most severe first, with objects narrowed to the entity', () => {
    const view = entityClusterView(
      index,
      scan,
      matcher({ kubernetesId: 'payments-api' }),
      3_600_000,
      now,
    );
    expect(view?.failingChecks.map(c => [c.id, c.objects])).toEqual([
      [
        'level-1',
        [
          // Its own Namespace (e.g. one without a quota) concerns the entity too.
          { kind: 'Namespace', name: 'payments' },
          { kind: 'Deployment', namespace: 'payments', name: 'api' },
        ],
      ],
      ['exempted', []],
      ['unknown', []],
      ['level-3', []],
    ]);
    expect(view).toMatchObject({
      cluster: 'prod',
      total: 2,
      scannedAt: '2026-11-25T11:50:00Z',
      scan: { stale: false, lastError: null },
    });
  });

  it("narrows each risk's objects to the entity's namespaces, keeping every risk", () => {
    const withRisks = report();
    withRisks.risks = [
      {
        kind: 'runaway-workload',
        title: '3 workload namespace(s) without a ResourceQuota',
        daysToImpact: null,
        objects: [
          { kind: 'Namespace', name: 'payments' },
          { kind: 'Namespace', name: 'search' },
          { kind: 'Namespace', name: 'payments-batch' },
        ],
      },
      {
        kind: 'node-pressure',
        title: 'node-1 under disk pressure',
        daysToImpact: 0,
        objects: [{ kind: 'Node', name: 'node-1' }],
      },
    ];
    const view = entityClusterView(
      indexReport(withRisks),
      scan,
      matcher({ kubernetesId: 'payments-api', namespace: 'payments' }),
      3_600_000,
      now,
    );
    expect(view?.risks.map(r => [r.kind, r.title, r.objects])).toEqual([
      [
        'runaway-workload',
        '3 workload namespace(s) without a ResourceQuota',
        [{ kind: 'Namespace', name: 'payments' }],
      ],
      ['node-pressure', 'node-1 under disk pressure', []],
    ]);
  });

  it('says the result is stale when the last scan failed', () => {
    const view = entityClusterView(
      index,
      { ...scan, lastError: 'connection refused' },
      matcher({ kubernetesId: 'payments-api' }),
      3_600_000,
      now,
    );
    expect(view?.scan).toMatchObject({
      stale: true,
      lastError: 'connection refused',
    });
  });
});
