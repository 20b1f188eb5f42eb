import type { KubeObject } from '../kube-api-server/types.ts';
import { timestamp, type GeneratorContext, type NodeSlot } from './context.ts';

const ZONES = ['a', 'b', 'c'];

/** Node names and addresses, spread over three zones. */
export function planNodes(ctx: GeneratorContext, count: number): NodeSlot[] {
  const nodes: NodeSlot[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    let ip: string;
    do {
      ip = `10.0.${ctx.rng.int(0, 255)}.${ctx.rng.int(2, 254)}`;
    } while (seen.has(ip));
    seen.add(ip);
    nodes.push({
      name: `ip-${ip.replace(/\./g, '-')}.${ctx.region}.compute.internal`,
      ip,
      zone: `${ctx.region}${ZONES[i % ZONES.length]}`,
    });
  }
  return nodes;
}

/** A Node with capacity, allocatable, conditions and nodeInfo as a kubelet reports them. */
export function buildNode(
  ctx: GeneratorContext,
  node: NodeSlot,
  kubeletVersion: string,
): KubeObject {
  const age = ctx.rng.int(86400, 60 * 86400);
  const heartbeat = timestamp(ctx, ctx.rng.int(5, 40));
  const since = timestamp(ctx, age - 30);
  const condition = (type: string, reason: string, message: string) => ({
    lastHeartbeatTime: heartbeat,
    lastTransitionTime: since,
    message,
    reason,
    status: type === 'Ready' ? 'True' : 'False',
    type,
  });
  const resources = (cpu: string, memory: string, storage: string) => ({
    cpu,
    'ephemeral-storage': storage,
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory,
    pods: '110',
  });
  const instanceId = `i-0${ctx.rng.hex(16)}`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: {
        'alpha.kubernetes.io/provided-node-ip': node.ip,
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
      creationTimestamp: timestamp(ctx, age),
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/instance-type': 'm6i.2xlarge',
        'beta.kubernetes.io/os': 'linux',
        'eks.amazonaws.com/nodegroup': 'general',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': 'linux',
        'node.kubernetes.io/instance-type': 'm6i.2xlarge',
        'topology.kubernetes.io/region': ctx.region,
        'topology.kubernetes.io/zone': node.zone,
      },
      name: node.name,
      uid: ctx.rng.uuid(),
    },
    spec: { providerID: `aws:///${node.zone}/${instanceId}` },
    status: {
      addresses: [
        { address: node.ip, type: 'InternalIP' },
        { address: node.name, type: 'InternalDNS' },
        { address: node.name, type: 'Hostname' },
      ],
      allocatable: resources('7910m', '31482112Ki', '95491281146'),
      capacity: resources('8', '32499968Ki', '104845292Ki'),
      conditions: [
        condition(
          'MemoryPressure',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ),
        condition(
          'DiskPressure',
          'KubeletHasNoDiskPressure',
          'kubelet has no disk pressure',
        ),
        condition(
          'PIDPressure',
          'KubeletHasSufficientPID',
          'kubelet has sufficient PID available',
        ),
        condition('Ready', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: ctx.rng.uuid(),
        containerRuntimeVersion: 'containerd://1.7.23',
        kernelVersion: '6.1.115-126.197.amzn2023.x86_64',
        kubeProxyVersion: kubeletVersion,
        kubeletVersion,
        machineID: ctx.rng.hex(32),
        operatingSystem: 'linux',
        osImage: 'Amazon Linux 2023.6.20241121',
        systemUUID: `ec2${ctx.rng.hex(5)}-${ctx.rng.hex(4)}-${ctx.rng.hex(
          4,
        )}-${ctx.rng.hex(4)}-${ctx.rng.hex(12)}`,
      },
    },
  };
}

const RBAC = 'rbac.authorization.k8s.io';

function clusterRole(
  ctx: GeneratorContext,
  name: string,
  rules: Array<Record<string, string[]>>,
  bootstrap = true,
): KubeObject {
  return {
    apiVersion: `${RBAC}/v1`,
    kind: 'ClusterRole',
    metadata: {
      ...(bootstrap
        ? {
            annotations: {
              'rbac.authorization.kubernetes.io/autoupdate': 'true',
            },
          }
        : {}),
      creationTimestamp: timestamp(ctx, 200 * 86400),
      labels: bootstrap
        ? { 'kubernetes.io/bootstrapping': 'rbac-defaults' }
        : {},
      name,
      uid: ctx.rng.uuid(),
    },
    rules,
  };
}

function clusterRoleBinding(
  ctx: GeneratorContext,
  name: string,
  role: string,
  subjects: Array<Record<string, string>>,
): KubeObject {
  return {
    apiVersion: `${RBAC}/v1`,
    kind: 'ClusterRoleBinding',
    metadata: {
      creationTimestamp: timestamp(ctx, 200 * 86400),
      name,
      uid: ctx.rng.uuid(),
    },
    roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
    subjects,
  };
}

/** The bootstrap roles, a scanner role, and bindings including two over-broad ones. */
export function buildClusterRbac(ctx: GeneratorContext): KubeObject[] {
  const read = ['get', 'list', 'watch'];
  const write = [...read, 'create', 'update', 'patch', 'delete'];
  const workloads = ['deployments', 'statefulsets', 'daemonsets', 'jobs'];
  return [
    clusterRole(ctx, 'cluster-admin', [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ]),
    clusterRole(ctx, 'admin', [
      { apiGroups: ['', 'apps', 'batch'], resources: workloads, verbs: write },
      { apiGroups: [RBAC], resources: ['roles', 'rolebindings'], verbs: write },
    ]),
    clusterRole(ctx, 'edit', [
      { apiGroups: ['', 'apps', 'batch'], resources: workloads, verbs: write },
      { apiGroups: [''], resources: ['secrets', 'configmaps'], verbs: write },
    ]),
    clusterRole(ctx, 'view', [
      { apiGroups: ['', 'apps', 'batch'], resources: workloads, verbs: read },
    ]),
    clusterRole(ctx, 'system:node-proxier', [
      { apiGroups: [''], resources: ['endpoints', 'services'], verbs: read },
    ]),
    clusterRole(
      ctx,
      'readiness-scanner',
      [{ apiGroups: ['*'], resources: ['*'], verbs: read }],
      false,
    ),
    clusterRoleBinding(ctx, 'cluster-admin', 'cluster-admin', [
      { apiGroup: RBAC, kind: 'Group', name: 'system:masters' },
    ]),
    clusterRoleBinding(ctx, 'system:node-proxier', 'system:node-proxier', [
      { kind: 'ServiceAccount', name: 'kube-proxy', namespace: 'kube-system' },
    ]),
    clusterRoleBinding(ctx, 'platform-admins', 'cluster-admin', [
      { apiGroup: RBAC, kind: 'Group', name: 'platform' },
    ]),
    clusterRoleBinding(ctx, 'ci-deployer', 'cluster-admin', [
      { kind: 'ServiceAccount', name: 'deployer', namespace: 'default' },
    ]),
    clusterRoleBinding(ctx, 'readiness-scanner', 'readiness-scanner', [
      { kind: 'ServiceAccount', name: 'scanner', namespace: 'readiness' },
    ]),
  ];
}

/** A CustomResourceDefinition as installed by the tool's Helm chart (schema trimmed). */
export function buildCrd(
  ctx: GeneratorContext,
  group: string,
  version: string,
  kind: string,
  plural: string,
): KubeObject {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      creationTimestamp: timestamp(ctx, 120 * 86400),
      generation: 1,
      name: `${plural}.${group}`,
      uid: ctx.rng.uuid(),
    },
    spec: {
      conversion: { strategy: 'None' },
      group,
      names: {
        kind,
        listKind: `${kind}List`,
        plural,
        singular: kind.toLowerCase(),
      },
      scope: 'Namespaced',
      versions: [
        {
          name: version,
          schema: {
            openAPIV3Schema: {
              type: 'object',
              'x-kubernetes-preserve-unknown-fields': true,
            },
          },
          served: true,
          storage: true,
          subresources: { status: {} },
        },
      ],
    },
    status: {
      acceptedNames: {
        kind,
        listKind: `${kind}List`,
        plural,
        singular: kind.toLowerCase(),
      },
      storedVersions: [version],
    },
  };
}
