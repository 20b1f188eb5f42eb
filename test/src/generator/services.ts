import type { KubeObject } from '../kube-api-server/types.ts';
import { nextServiceIp, timestamp, type GeneratorContext } from './context.ts';
import type { AppPlan } from './pods.ts';

function meta(ctx: GeneratorContext, plan: AppPlan, extra = {}) {
  return {
    creationTimestamp: timestamp(ctx, plan.ageSeconds),
    labels: { ...plan.selector },
    name: plan.name,
    namespace: plan.namespace,
    uid: ctx.rng.uuid(),
    ...extra,
  };
}

/** The Service in front of an app. */
export function buildService(
  ctx: GeneratorContext,
  plan: AppPlan,
  type: 'ClusterIP' | 'LoadBalancer' = 'ClusterIP',
): KubeObject {
  const ip = nextServiceIp(ctx);
  const port = { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' };
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(ctx, plan),
    spec: {
      ...(type === 'LoadBalancer'
        ? { allocateLoadBalancerNodePorts: true }
        : {}),
      clusterIP: ip,
      clusterIPs: [ip],
      ...(type === 'LoadBalancer' ? { externalTrafficPolicy: 'Cluster' } : {}),
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [
        type === 'LoadBalancer'
          ? { ...port, nodePort: ctx.rng.int(30000, 32767) }
          : port,
      ],
      selector: { ...plan.selector },
      sessionAffinity: 'None',
      type,
    },
    status: {
      loadBalancer:
        type === 'LoadBalancer'
          ? {
              ingress: [
                {
                  hostname: `a${ctx.rng.hex(31)}-${ctx.rng.int(
                    100000000,
                    999999999,
                  )}.${ctx.region}.elb.amazonaws.com`,
                },
              ],
            }
          : {},
    },
  };
}

/** The app's own ServiceAccount; some carry a cloud workload identity. */
export function buildServiceAccount(
  ctx: GeneratorContext,
  plan: AppPlan,
  cloudIdentity: boolean,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: meta(
      ctx,
      plan,
      cloudIdentity
        ? {
            annotations: {
              'eks.amazonaws.com/role-arn': `arn:aws:iam::123456789012:role/${plan.namespace}-${plan.name}`,
            },
          }
        : {},
    ),
    ...(plan.security === 'hardened'
      ? { automountServiceAccountToken: false }
      : {}),
  };
}

/** A CPU-based autoscaler (autoscaling/v2) for a Deployment. */
export function buildAutoscaler(
  ctx: GeneratorContext,
  plan: AppPlan,
): KubeObject {
  const at = timestamp(ctx, ctx.rng.int(600, 7 * 86400));
  const condition = (type: string, reason: string, message: string) => ({
    lastTransitionTime: at,
    message,
    reason,
    status: type === 'ScalingLimited' ? 'False' : 'True',
    type,
  });
  const utilization = ctx.rng.int(20, 85);
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta(ctx, plan),
    spec: {
      maxReplicas: Math.max(plan.replicas * 3, 6),
      metrics: [
        {
          resource: {
            name: 'cpu',
            target: { averageUtilization: 70, type: 'Utilization' },
          },
          type: 'Resource',
        },
      ],
      minReplicas: Math.min(plan.replicas, 2),
      scaleTargetRef: {
        apiVersion: 'apps/v1',
        kind: plan.kind,
        name: plan.name,
      },
    },
    status: {
      conditions: [
        condition(
          'AbleToScale',
          'ReadyForNewScale',
          'recommended size matches current size',
        ),
        condition(
          'ScalingActive',
          'ValidMetricFound',
          'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
        ),
        condition(
          'ScalingLimited',
          'DesiredWithinRange',
          'the desired count is within the acceptable range',
        ),
      ],
      currentMetrics: [
        {
          resource: {
            current: {
              averageUtilization: utilization,
              averageValue: `${Math.round(2.5 * utilization)}m`,
            },
            name: 'cpu',
          },
          type: 'Resource',
        },
      ],
      currentReplicas: plan.replicas,
      desiredReplicas: plan.replicas,
      lastScaleTime: at,
    },
  };
}

/** A PodDisruptionBudget keeping one replica up. */
export function buildDisruptionBudget(
  ctx: GeneratorContext,
  plan: AppPlan,
): KubeObject {
  const n = plan.replicas;
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(ctx, plan, { generation: 1 }),
    spec: { minAvailable: 1, selector: { matchLabels: { ...plan.selector } } },
    status: {
      conditions: [
        {
          lastTransitionTime: timestamp(ctx, ctx.rng.int(600, 86400)),
          message: '',
          observedGeneration: 1,
          reason: 'SufficientPods',
          status: 'True',
          type: 'DisruptionAllowed',
        },
      ],
      currentHealthy: n,
      desiredHealthy: 1,
      disruptionsAllowed: n - 1,
      expectedPods: n,
      observedGeneration: 1,
    },
  };
}

/** A Prometheus Operator ServiceMonitor scraping the app's Service. */
export function buildServiceMonitor(
  ctx: GeneratorContext,
  plan: AppPlan,
): KubeObject {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: {
      ...meta(ctx, plan, { generation: 1 }),
      labels: { ...plan.selector, release: 'kube-prometheus-stack' },
    },
    spec: {
      endpoints: [{ interval: '30s', path: '/metrics', port: 'http' }],
      selector: { matchLabels: { ...plan.selector } },
    },
  };
}

/** An Ingress with TLS routing a host to the app's Service. */
export function buildIngress(ctx: GeneratorContext, plan: AppPlan): KubeObject {
  const host = `${plan.name}.${plan.namespace}.example.com`;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: meta(ctx, plan, {
      annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' },
      generation: 1,
    }),
    spec: {
      ingressClassName: 'nginx',
      rules: [
        {
          host,
          http: {
            paths: [
              {
                backend: {
                  service: { name: plan.name, port: { name: 'http' } },
                },
                path: '/',
                pathType: 'Prefix',
              },
            ],
          },
        },
      ],
      tls: [{ hosts: [host], secretName: `${plan.name}-tls` }],
    },
    status: {
      loadBalancer: {
        ingress: [{ hostname: `ingress.${ctx.region}.example.com` }],
      },
    },
  };
}
