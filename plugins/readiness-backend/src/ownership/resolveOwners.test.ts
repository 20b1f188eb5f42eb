import { CatalogComponent } from './catalogComponents';
import {
  NamespaceOwnership,
  OwnershipFacts,
  OwnershipOptions,
  resolveOwners,
} from './resolveOwners';

const ID = 'backstage.io/kubernetes-id';
const GROUPS = [
  'group:default/payments',
  'group:default/search',
  'group:platform/sre',
];

const checkout: CatalogComponent = {
  entityRef: 'component:default/checkout',
  owner: 'payments',
  kubernetesId: 'checkout',
};
const indexer: CatalogComponent = {
  entityRef: 'component:default/indexer',
  owner: 'group:search',
  kubernetesId: 'indexer',
};

function ns(
  name: string,
  labels: Record<string, string> = {},
  annotations: Record<string, string> = {},
) {
  return { name, labels, annotations };
}
const pod = (namespace: string, labels: Record<string, string>) => ({
  namespace,
  labels,
});

function resolve(
  facts: Partial<OwnershipFacts>,
  options: Partial<OwnershipOptions> = {},
): Map<string, NamespaceOwnership> {
  return resolveOwners(
    { namespaces: [], pods: [], workloads: [], ...facts },
    { cluster: 'prod', groups: GROUPS, ...options },
  );
}

describe('resolveOwners', () => {
  it.each<
    [
      string,
      Partial<OwnershipFacts>,
      Partial<OwnershipOptions>,
      NamespaceOwnership,
    ]
  >([
    [
      'a bare team label naming a known group becomes its ref',
      { namespaces: [ns('pay', { team: 'payments' })] },
      {},
      {
        owner: 'group:default/payments',
        ownerSource: 'namespace label team',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'a label naming no known group stays as written',
      { namespaces: [ns('web', { team: 'web-frontend' })] },
      {},
      {
        owner: 'web-frontend',
        ownerSource: 'namespace label team',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'the owner label is read when team is absent',
      { namespaces: [ns('pay', { owner: 'payments' })] },
      {},
      {
        owner: 'group:default/payments',
        ownerSource: 'namespace label owner',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'an annotation counts, and may hold a full ref in another namespace',
      { namespaces: [ns('ops', {}, { team: 'group:platform/sre' })] },
      {},
      {
        owner: 'group:platform/sre',
        ownerSource: 'namespace annotation team',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'configured keys replace the defaults',
      {
        namespaces: [
          ns('pay', { team: 'search', 'acme.io/cost-center': 'payments' }),
        ],
      },
      { keys: ['acme.io/cost-center'] },
      {
        owner: 'group:default/payments',
        ownerSource: 'namespace label acme.io/cost-center',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'config beats the label, and the label is reported as a conflict',
      { namespaces: [ns('pay', { team: 'search' })] },
      { overrides: [{ namespace: 'pay', owner: 'payments' }] },
      {
        owner: 'group:default/payments',
        ownerSource: 'config',
        conflicts: [
          { owner: 'group:default/search', source: 'namespace label team' },
        ],
        orphan: false,
      },
    ],
    [
      "a cluster-specific override beats a cluster-wide one; another cluster's is ignored",
      { namespaces: [ns('pay')] },
      {
        overrides: [
          { namespace: 'pay', owner: 'search' },
          { cluster: 'prod', namespace: 'pay', owner: 'payments' },
          { cluster: 'staging', namespace: 'pay', owner: 'web' },
        ],
      },
      {
        owner: 'group:default/payments',
        ownerSource: 'config',
        conflicts: [{ owner: 'group:default/search', source: 'config' }],
        orphan: false,
      },
    ],
    [
      'the catalog names the owner of an unlabelled namespace through kubernetes-id',
      { namespaces: [ns('shop')], pods: [pod('shop', { [ID]: 'checkout' })] },
      { components: [checkout] },
      {
        owner: 'group:default/payments',
        ownerSource: 'catalog component:default/checkout',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'the same owner spelled differently is no conflict',
      {
        namespaces: [ns('shop', { team: 'payments' })],
        pods: [pod('shop', { [ID]: 'checkout' })],
      },
      { components: [{ ...checkout, owner: 'group:default/payments' }] },
      {
        owner: 'group:default/payments',
        ownerSource: 'namespace label team',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'label and catalog disagree: the label wins, the catalog is a conflict',
      {
        namespaces: [ns('shop', { team: 'search' })],
        pods: [pod('shop', { [ID]: 'checkout' })],
      },
      { components: [checkout] },
      {
        owner: 'group:default/search',
        ownerSource: 'namespace label team',
        conflicts: [
          {
            owner: 'group:default/payments',
            source: 'catalog component:default/checkout',
          },
        ],
        orphan: false,
      },
    ],
    [
      'two components in one namespace: the one running more objects wins',
      {
        namespaces: [ns('shared')],
        pods: [
          pod('shared', { [ID]: 'indexer' }),
          pod('shared', { [ID]: 'checkout' }),
        ],
        workloads: [
          {
            namespace: 'shared',
            labels: { [ID]: 'indexer' },
            podLabels: { [ID]: 'indexer' },
          },
        ],
      },
      { components: [checkout, indexer] },
      {
        owner: 'group:default/search',
        ownerSource: 'catalog component:default/indexer',
        conflicts: [
          {
            owner: 'group:default/payments',
            source: 'catalog component:default/checkout',
          },
        ],
        orphan: false,
      },
    ],
    [
      'a label selector replaces the kubernetes-id match',
      {
        namespaces: [ns('shop')],
        pods: [pod('shop', { app: 'checkout', tier: 'web', [ID]: 'other' })],
      },
      {
        components: [
          {
            ...checkout,
            kubernetesId: 'nope',
            labelSelector: 'app=checkout,tier in (web,api)',
          },
        ],
      },
      {
        owner: 'group:default/payments',
        ownerSource: 'catalog component:default/checkout',
        conflicts: [],
        orphan: false,
      },
    ],
    [
      'a component pinned to another namespace claims nothing here',
      { namespaces: [ns('shop')], pods: [pod('shop', { [ID]: 'checkout' })] },
      { components: [{ ...checkout, namespace: 'checkout-prod' }] },
      { owner: null, ownerSource: null, conflicts: [], orphan: true },
    ],
    [
      'a malformed selector claims nothing rather than everything',
      { namespaces: [ns('shop')], pods: [pod('shop', { app: 'checkout' })] },
      { components: [{ ...checkout, labelSelector: 'app in checkout' }] },
      { owner: null, ownerSource: null, conflicts: [], orphan: true },
    ],
    [
      'an unlabelled namespace no component runs in is an orphan',
      {
        namespaces: [ns('scratch', { app: 'x' })],
        pods: [pod('scratch', { [ID]: 'unknown' })],
      },
      { components: [checkout] },
      { owner: null, ownerSource: null, conflicts: [], orphan: true },
    ],
    [
      'every disagreeing source is listed in precedence order',
      {
        namespaces: [ns('pay', { team: 'search' }, { owner: 'web' })],
        pods: [pod('pay', { [ID]: 'checkout' })],
      },
      {
        overrides: [{ namespace: 'pay', owner: 'payments' }],
        components: [checkout],
      },
      {
        owner: 'group:default/payments',
        ownerSource: 'config',
        conflicts: [
          { owner: 'group:default/search', source: 'namespace label team' },
          { owner: 'web', source: 'namespace annotation owner' },
        ],
        orphan: false,
      },
    ],
  ])('%s', (_name, facts, options, expected) => {
    const [only] = [...resolve(facts, options).values()];
    expect(only).toEqual(expected);
  });

  it('resolves namespaces known only from pods when the Namespace list was unreadable', () => {
    const owners = resolve(
      { pods: [pod('shop', { [ID]: 'checkout' })] },
      { components: [checkout] },
    );
    expect(owners.get('shop')?.owner).toBe('group:default/payments');
  });

  it("expands a catalog owner to a full ref in the component's own namespace", () => {
    const owners = resolve(
      { namespaces: [ns('ml')], pods: [pod('ml', { [ID]: 'trainer' })] },
      {
        components: [
          {
            entityRef: 'component:research/trainer',
            owner: 'ml-platform',
            kubernetesId: 'trainer',
          },
        ],
      },
    );
    expect(owners.get('ml')?.owner).toBe('group:research/ml-platform');
  });
});
