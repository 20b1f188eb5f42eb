/**
 * A deterministic generator of realistic clusters for load tests and benchmarks: the same
 * options give the same objects, shaped like `kubectl get -o json` prints them, on every run.
 */
import type {
  ClusterSnapshotInfo,
  KubeObject,
} from '../kube-api-server/types.ts';
import type { GeneratorContext } from './context.ts';
import { buildClusterRbac, buildNode, planNodes } from './clusterScoped.ts';
import {
  buildDaemonSet,
  buildDeployment,
  buildStatefulSet,
} from './controllers.ts';
import {
  buildAppSecret,
  buildNamespace,
  type NamespacePlan,
} from './namespaces.ts';
import {
  appName,
  planApp,
  planSystemApp,
  planTenants,
  type TenantPlan,
} from './plans.ts';
import type { AppPlan } from './pods.ts';
import { createRandom } from './random.ts';
import {
  buildAutoscaler,
  buildDisruptionBudget,
  buildIngress,
  buildService,
  buildServiceAccount,
  buildServiceMonitor,
} from './services.ts';
import { buildMonitoring, buildVelero } from './tools.ts';

/** Options for {@link generateCluster}. */
export interface GenerateClusterOptions {
  /** Pods in the cluster, system pods included: exactly this many. */
  pods: number;
  /**
   * Namespaces, exactly this many: `default`, `kube-system`, `kube-public` and
   * `kube-node-lease`, then `monitoring` and `velero` when there are at least 7, then team
   * namespaces. Default `max(7, ceil(pods / 20))`; at least 5.
   */
  namespaces?: number;
  /** Default 1. */
  seed?: number;
  /** The cluster name in the returned info; default `generated-<seed>`. */
  name?: string;
  /** The cluster's present: every timestamp is relative to it. Default 2026-11-25T12:00:00Z. */
  now?: Date;
}

/** A generated cluster, ready for `startKubeApiTestServer({ objects, info })`. */
export interface GeneratedCluster {
  objects: KubeObject[];
  info: ClusterSnapshotInfo;
  /** How many objects of each kind were generated. */
  counts: Record<string, number>;
}

/** The default present of generated clusters: the demo snapshots' capture time. */
export const DEFAULT_GENERATOR_NOW = new Date('2026-11-25T12:00:00Z');

const SERVER_VERSION = 'v1.31.4-eks-2d5f260';
const KUBELETS = ['v1.31.4-eks-aeac579', 'v1.30.7-eks-59bf375'];
const SYSTEM_NAMESPACES = [
  'default',
  'kube-node-lease',
  'kube-public',
  'kube-system',
];
const REPLICAS = [1, 2, 2, 3, 3, 3, 4, 5, 6];

function caPem(ctx: GeneratorContext): string {
  const der = Buffer.from(ctx.rng.hex(1600), 'hex').toString('base64');
  const lines = der.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join(
    '\n',
  )}\n-----END CERTIFICATE-----\n`;
}

function platformNamespace(name: string, team: string | null): NamespacePlan {
  return {
    name,
    team,
    ownerLabel: team ? 'team' : null,
    podSecurity: null,
    quota: false,
    limitRange: false,
    networkPolicy: false,
    ageSeconds: 200 * 86400,
  };
}

/** Appends without spreading: a one-namespace cluster can have more objects than a call's arguments. */
function append(into: KubeObject[], more: KubeObject[]): void {
  for (const o of more) into.push(o);
}

function buildController(ctx: GeneratorContext, plan: AppPlan): KubeObject[] {
  if (plan.kind === 'StatefulSet') return buildStatefulSet(ctx, plan);
  if (plan.kind === 'DaemonSet') return buildDaemonSet(ctx, plan);
  return buildDeployment(ctx, plan);
}

/** Platform workloads that fit in a fifth of the pods, in order of importance. */
function systemApps(
  ctx: GeneratorContext,
  pods: number,
  tools: boolean,
): AppPlan[] {
  const k8s = 'registry.k8s.io';
  const candidates = [
    planSystemApp(
      'kube-system',
      'kube-proxy',
      'DaemonSet',
      ctx.nodes.length,
      `${k8s}/kube-proxy:v1.31.4`,
      { hostNetwork: true, security: 'privileged' },
    ),
    planSystemApp(
      'kube-system',
      'coredns',
      'Deployment',
      2,
      `${k8s}/coredns/coredns:v1.11.3`,
    ),
    planSystemApp(
      'kube-system',
      'metrics-server',
      'Deployment',
      1,
      `${k8s}/metrics-server/metrics-server:v0.7.2`,
    ),
    ...(tools
      ? [
          planSystemApp(
            'velero',
            'velero',
            'Deployment',
            1,
            'velero/velero:v1.15.0',
          ),
          planSystemApp(
            'monitoring',
            'prometheus-operator',
            'Deployment',
            1,
            'quay.io/prometheus-operator/prometheus-operator:v0.78.2',
          ),
          planSystemApp(
            'monitoring',
            'prometheus-k8s',
            'StatefulSet',
            2,
            'quay.io/prometheus/prometheus:v2.55.1',
            {
              volumeClaim: {
                name: 'prometheus-db',
                storage: '100Gi',
                storageClass: 'gp3',
              },
            },
          ),
        ]
      : []),
  ];
  const budget = Math.floor(pods / 5);
  let used = 0;
  return candidates.filter(plan => {
    if (used + plan.replicas > budget) return false;
    used += plan.replicas;
    return true;
  });
}

function tenantApps(
  ctx: GeneratorContext,
  tenant: TenantPlan,
  pods: number,
  monitoring: boolean,
): KubeObject[] {
  const { rng } = ctx;
  const objects: KubeObject[] = [];
  let remaining = pods;
  for (let index = 0; remaining > 0; index++) {
    const replicas = Math.min(remaining, rng.pick(REPLICAS));
    remaining -= replicas;
    const kind =
      replicas <= 5 && rng.chance(0.08) ? 'StatefulSet' : 'Deployment';
    const plan = planApp(rng, tenant, appName(tenant, index), kind, replicas);
    if (plan.serviceAccount !== 'default') {
      objects.push(buildServiceAccount(ctx, plan, rng.chance(0.2)));
    }
    objects.push(buildAppSecret(ctx, tenant, plan.name));
    append(objects, buildController(ctx, plan));
    if (kind === 'StatefulSet' || rng.chance(0.95)) {
      objects.push(
        buildService(
          ctx,
          plan,
          rng.chance(0.03) ? 'LoadBalancer' : 'ClusterIP',
        ),
      );
    }
    if (kind === 'Deployment' && replicas >= 2 && rng.chance(0.35)) {
      objects.push(buildAutoscaler(ctx, plan));
    }
    if (replicas >= 2 && rng.chance(0.45)) {
      objects.push(buildDisruptionBudget(ctx, plan));
    }
    if (monitoring && rng.chance(0.4)) {
      objects.push(buildServiceMonitor(ctx, plan));
    }
    if (rng.chance(0.1)) objects.push(buildIngress(ctx, plan));
  }
  return objects;
}

/** Generates a cluster of the given size; see {@link GenerateClusterOptions}. */
export function generateCluster(
  options: GenerateClusterOptions,
): GeneratedCluster {
  const { pods } = options;
  if (!Number.isInteger(pods) || pods < 0) {
    throw new RangeError(`pods must be a non-negative integer, got ${pods}`);
  }
  const namespaces = options.namespaces ?? Math.max(7, Math.ceil(pods / 20));
  if (!Number.isInteger(namespaces) || namespaces < 5) {
    throw new RangeError(
      `namespaces must be an integer >= 5, got ${namespaces}`,
    );
  }
  const seed = options.seed ?? 1;
  const name = options.name ?? `generated-${seed}`;
  const ctx: GeneratorContext = {
    rng: createRandom(seed),
    now: (options.now ?? DEFAULT_GENERATOR_NOW).getTime(),
    region: 'eu-west-1',
    nodes: [],
    nodeCursor: 0,
    podIps: 1,
    serviceIps: 0,
    caPem: '',
  };
  ctx.caPem = caPem(ctx);
  ctx.nodes = planNodes(ctx, Math.max(1, Math.ceil(pods / 60)));
  ctx.nodeCursor = ctx.rng.int(0, ctx.nodes.length - 1);
  const tools = namespaces >= 7;
  const tenants = planTenants(
    ctx.rng,
    namespaces - SYSTEM_NAMESPACES.length - (tools ? 2 : 0),
  );

  const objects: KubeObject[] = [
    ...ctx.nodes.map(node =>
      buildNode(ctx, node, ctx.rng.chance(0.9) ? KUBELETS[0] : KUBELETS[1]),
    ),
    ...buildClusterRbac(ctx),
  ];
  for (const ns of SYSTEM_NAMESPACES) {
    objects.push(...buildNamespace(ctx, platformNamespace(ns, null)));
  }
  if (tools) {
    for (const ns of ['monitoring', 'velero']) {
      objects.push(...buildNamespace(ctx, platformNamespace(ns, 'platform')));
    }
    objects.push(...buildMonitoring(ctx), ...buildVelero(ctx, name));
  }
  let systemPods = 0;
  for (const plan of systemApps(ctx, pods, tools)) {
    systemPods += plan.replicas;
    objects.push(buildServiceAccount(ctx, plan, false));
    append(objects, buildController(ctx, plan));
  }

  const workloadPods = pods - systemPods;
  tenants.forEach((tenant, i) => {
    const share =
      Math.floor(workloadPods / tenants.length) +
      (i < workloadPods % tenants.length ? 1 : 0);
    append(objects, buildNamespace(ctx, tenant));
    append(objects, tenantApps(ctx, tenant, share, tools));
  });

  const counts: Record<string, number> = {};
  for (const o of objects) counts[o.kind!] = (counts[o.kind!] ?? 0) + 1;
  return {
    objects,
    info: {
      name,
      serverVersion: SERVER_VERSION,
      provider: 'eks',
      region: ctx.region,
    },
    counts,
  };
}
