import type { Random } from './random.ts';
import type { NamespacePlan } from './namespaces.ts';
import type { AppPlan } from './pods.ts';

const DAY = 86400;

export const TEAMS = [
  'payments',
  'checkout',
  'search',
  'storefront',
  'identity',
  'fraud',
  'ledger',
  'catalog',
  'recommendations',
  'shipping',
  'inventory',
  'notifications',
  'data',
  'ml',
  'growth',
];

const AREAS = [
  'core',
  'api',
  'web',
  'edge',
  'batch',
  'stream',
  'events',
  'reports',
  'gateway',
  'billing',
  'orders',
  'accounts',
  'profiles',
  'pricing',
  'media',
];

const ROLES = [
  'api',
  'worker',
  'web',
  'consumer',
  'scheduler',
  'cache',
  'gateway',
  'sync',
  'indexer',
  'exporter',
];

/** How well a team runs its namespace; it biases every setting of its apps. */
export type Maturity = 'hardened' | 'typical' | 'neglected';

/** Cumulative odds: the first entry whose bound exceeds the roll wins. */
type Odds<T> = ReadonlyArray<readonly [number, T]>;

function pick<T>(rng: Random, odds: Odds<T>): T {
  const roll = rng.next();
  return (odds.find(([bound]) => roll < bound) ?? odds[odds.length - 1])[1];
}

const MATURITY: Odds<Maturity> = [
  [0.35, 'hardened'],
  [0.85, 'typical'],
  [1, 'neglected'],
];

const SECURITY: Record<Maturity, Odds<AppPlan['security']>> = {
  hardened: [[1, 'hardened']],
  typical: [
    [0.5, 'hardened'],
    [1, 'default'],
  ],
  neglected: [
    [0.15, 'privileged'],
    [1, 'default'],
  ],
};

const RESOURCES: Record<Maturity, Odds<AppPlan['resources']>> = {
  hardened: [[1, 'full']],
  typical: [
    [0.7, 'full'],
    [0.95, 'requests'],
    [1, 'none'],
  ],
  neglected: [
    [0.5, 'none'],
    [1, 'requests'],
  ],
};

const PROBES: Record<Maturity, Odds<AppPlan['probes']>> = {
  hardened: [[1, 'both']],
  typical: [
    [0.6, 'both'],
    [0.85, 'readiness'],
    [1, 'none'],
  ],
  neglected: [
    [0.6, 'none'],
    [1, 'readiness'],
  ],
};

const OWNER_LABEL: Record<Maturity, Odds<NamespacePlan['ownerLabel']>> = {
  hardened: [
    [0.92, 'team'],
    [1, 'owner'],
  ],
  typical: [
    [0.92, 'team'],
    [1, 'owner'],
  ],
  neglected: [
    [0.4, null],
    [0.92, 'team'],
    [1, 'owner'],
  ],
};

const POD_SECURITY: Record<Maturity, Odds<NamespacePlan['podSecurity']>> = {
  hardened: [[1, 'restricted']],
  typical: [
    [0.5, 'baseline'],
    [1, null],
  ],
  neglected: [[1, null]],
};

/** Chances that a namespace has a quota, a LimitRange and default-deny policies. */
const CONTROLS: Record<
  Maturity,
  { quota: number; limitRange: number; networkPolicy: number }
> = {
  hardened: { quota: 1, limitRange: 1, networkPolicy: 1 },
  typical: { quota: 0.7, limitRange: 0.5, networkPolicy: 0.4 },
  neglected: { quota: 0, limitRange: 0, networkPolicy: 0 },
};

const OWN_SERVICE_ACCOUNT: Record<Maturity, number> = {
  hardened: 0.95,
  typical: 0.7,
  neglected: 0.2,
};

/** A tenant namespace's plan and its maturity. */
export interface TenantPlan extends NamespacePlan {
  team: string;
  area: string;
  maturity: Maturity;
}

/** Plans `count` uniquely named tenant namespaces, cycling through the teams. */
export function planTenants(rng: Random, count: number): TenantPlan[] {
  const tenants: TenantPlan[] = [];
  for (let i = 0; i < count; i++) {
    const team = TEAMS[i % TEAMS.length];
    const area = AREAS[Math.floor(i / TEAMS.length) % AREAS.length];
    const round = Math.floor(i / (TEAMS.length * AREAS.length));
    const maturity = pick(rng, MATURITY);
    const controls = CONTROLS[maturity];
    tenants.push({
      name: round ? `${team}-${area}-${round}` : `${team}-${area}`,
      team,
      area,
      maturity,
      ownerLabel: pick(rng, OWNER_LABEL[maturity]),
      podSecurity: pick(rng, POD_SECURITY[maturity]),
      quota: rng.chance(controls.quota),
      limitRange: rng.chance(controls.limitRange),
      networkPolicy: rng.chance(controls.networkPolicy),
      ageSeconds: rng.int(30, 400) * DAY,
    });
  }
  return tenants;
}

/** The name of the i-th app of a namespace: unique within it. */
export function appName(tenant: TenantPlan, index: number): string {
  const role = ROLES[index % ROLES.length];
  const round = Math.floor(index / ROLES.length);
  return round
    ? `${tenant.area}-${role}-${round + 1}`
    : `${tenant.area}-${role}`;
}

/** One tenant app's plan, biased by its namespace's maturity. */
export function planApp(
  rng: Random,
  tenant: TenantPlan,
  name: string,
  kind: AppPlan['kind'],
  replicas: number,
): AppPlan {
  const m = tenant.maturity;
  const security = pick(rng, SECURITY[m]);
  const resources = pick(rng, RESOURCES[m]);
  const probes = pick(rng, PROBES[m]);
  const latest = rng.chance(m === 'neglected' ? 0.4 : 0.02);
  const version = `${rng.int(1, 4)}.${rng.int(0, 30)}.${rng.int(0, 12)}`;
  const ownSa = rng.chance(OWN_SERVICE_ACCOUNT[m]);
  const selector = {
    'app.kubernetes.io/instance': name,
    'app.kubernetes.io/name': name,
  };
  const podLabels: Record<string, string> = {
    ...selector,
    'app.kubernetes.io/part-of': tenant.team,
    'app.kubernetes.io/version': latest ? 'latest' : version,
  };
  if (rng.chance(m === 'neglected' ? 0.5 : 0.95)) {
    podLabels['backstage.io/kubernetes-id'] = `${tenant.team}-${name}`;
  }
  return {
    namespace: tenant.name,
    name,
    kind,
    replicas,
    image: `registry.example.com/${tenant.team}/${name}:${
      latest ? 'latest' : version
    }`,
    podLabels,
    selector,
    serviceAccount: ownSa ? name : 'default',
    security,
    resources,
    probes,
    sidecar: rng.chance(0.2),
    initContainer: rng.chance(0.1),
    inlineSecret: rng.chance(m === 'neglected' ? 0.2 : 0.02),
    port: 8080,
    ageSeconds: rng.int(1, Math.max(2, tenant.ageSeconds / DAY)) * DAY,
  };
}

/** A platform component (kube-system, monitoring, velero): hardened, well resourced. */
export function planSystemApp(
  namespace: string,
  name: string,
  kind: AppPlan['kind'],
  replicas: number,
  image: string,
  extra: Partial<AppPlan> = {},
): AppPlan {
  const selector = { 'app.kubernetes.io/name': name };
  return {
    namespace,
    name,
    kind,
    replicas,
    image,
    podLabels: { ...selector, 'app.kubernetes.io/part-of': 'platform' },
    selector,
    serviceAccount: name,
    security: 'hardened',
    resources: 'full',
    probes: 'both',
    sidecar: false,
    initContainer: false,
    inlineSecret: false,
    port: 8080,
    ageSeconds: 200 * DAY,
    ...extra,
  };
}
