import type { KubeObject } from '../kube-api-server/types.ts';
import { timestamp, type GeneratorContext } from './context.ts';

/** How one namespace is set up: ownership labels and its isolation controls. */
export interface NamespacePlan {
  name: string;
  team: string | null;
  /** The label that names the owner: `team` on most, `owner` on some. */
  ownerLabel: 'team' | 'owner' | null;
  podSecurity: 'restricted' | 'baseline' | null;
  quota: boolean;
  limitRange: boolean;
  networkPolicy: boolean;
  ageSeconds: number;
}

const CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

function meta(
  ctx: GeneratorContext,
  ns: NamespacePlan,
  name: string,
  extra: Record<string, unknown> = {},
) {
  return {
    creationTimestamp: timestamp(ctx, ns.ageSeconds),
    name,
    namespace: ns.name,
    uid: ctx.rng.uuid(),
    ...extra,
  };
}

/**
 * A namespace and what every namespace holds (the default ServiceAccount and the
 * kube-root-ca.crt ConfigMap), plus the quota, limits, network policies and team RoleBinding
 * its plan asks for.
 */
export function buildNamespace(
  ctx: GeneratorContext,
  ns: NamespacePlan,
): KubeObject[] {
  const labels: Record<string, string> = {
    'kubernetes.io/metadata.name': ns.name,
  };
  if (ns.team && ns.ownerLabel) labels[ns.ownerLabel] = ns.team;
  if (ns.podSecurity) {
    labels['pod-security.kubernetes.io/enforce'] = ns.podSecurity;
    labels['pod-security.kubernetes.io/enforce-version'] = 'latest';
    labels['pod-security.kubernetes.io/warn'] = 'restricted';
  }
  const objects: KubeObject[] = [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        creationTimestamp: timestamp(ctx, ns.ageSeconds),
        labels,
        name: ns.name,
        uid: ctx.rng.uuid(),
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    },
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta(ctx, ns, 'default'),
    },
    {
      apiVersion: 'v1',
      data: { 'ca.crt': ctx.caPem },
      kind: 'ConfigMap',
      metadata: meta(ctx, ns, 'kube-root-ca.crt', {
        annotations: { 'kubernetes.io/description': CA_DESCRIPTION },
      }),
    },
  ];
  if (ns.quota) {
    const hard = {
      'limits.memory': '64Gi',
      pods: '100',
      'requests.cpu': '16',
      'requests.memory': '32Gi',
    };
    objects.push({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: meta(ctx, ns, 'compute'),
      spec: { hard },
      status: {
        hard,
        used: {
          'limits.memory': '6Gi',
          pods: '12',
          'requests.cpu': '3',
          'requests.memory': '3Gi',
        },
      },
    });
  }
  if (ns.limitRange) {
    objects.push({
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: meta(ctx, ns, 'defaults'),
      spec: {
        limits: [
          {
            default: { cpu: '500m', memory: '512Mi' },
            defaultRequest: { cpu: '100m', memory: '128Mi' },
            type: 'Container',
          },
        ],
      },
    });
  }
  if (ns.networkPolicy) {
    const policy = (name: string, spec: Record<string, unknown>) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(ctx, ns, name, { generation: 1 }),
      spec,
    });
    objects.push(
      policy('default-deny-all', {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
      }),
      policy('allow-same-namespace', {
        ingress: [{ from: [{ podSelector: {} }] }],
        podSelector: {},
        policyTypes: ['Ingress'],
      }),
      policy('allow-dns', {
        egress: [
          {
            ports: [
              { port: 53, protocol: 'UDP' },
              { port: 53, protocol: 'TCP' },
            ],
            to: [
              {
                namespaceSelector: {
                  matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' },
                },
              },
            ],
          },
        ],
        podSelector: {},
        policyTypes: ['Egress'],
      }),
    );
  }
  if (ns.team) {
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(ctx, ns, `${ns.team}-edit`),
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'edit',
      },
      subjects: [
        {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'Group',
          name: ns.team,
        },
      ],
    });
  }
  return objects;
}

/** An Opaque Secret holding an app's database credentials (random, base64 as on the wire). */
export function buildAppSecret(
  ctx: GeneratorContext,
  ns: NamespacePlan,
  app: string,
): KubeObject {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return {
    apiVersion: 'v1',
    data: {
      password: b64(ctx.rng.hex(24)),
      url: b64(`postgres://${app}@${app}-db.${ns.name}.svc:5432/${app}`),
    },
    kind: 'Secret',
    metadata: meta(ctx, ns, `${app}-db`),
    type: 'Opaque',
  };
}
