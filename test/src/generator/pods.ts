import type { KubeObject } from '../kube-api-server/types.ts';
import {
  imageId,
  nextPodIp,
  scheduleOn,
  timestamp,
  type GeneratorContext,
  type NodeSlot,
} from './context.ts';

type Json = Record<string, unknown>;

/** How one application is deployed; every replica and its controllers follow it. */
export interface AppPlan {
  namespace: string;
  name: string;
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  replicas: number;
  image: string;
  /** Labels of the pod template (selector labels included). */
  podLabels: Record<string, string>;
  /** The selector's matchLabels: a subset of podLabels. */
  selector: Record<string, string>;
  serviceAccount: string;
  security: 'hardened' | 'default' | 'privileged';
  resources: 'full' | 'requests' | 'none';
  probes: 'both' | 'readiness' | 'none';
  sidecar: boolean;
  initContainer: boolean;
  /** A secret-looking env var with its value written inline (a finding). */
  inlineSecret: boolean;
  port: number;
  ageSeconds: number;
  /** System DaemonSets (kube-proxy) run on the host network. */
  hostNetwork?: boolean;
  /** StatefulSets: one claim per replica from this template. */
  volumeClaim?: { name: string; storage: string; storageClass: string };
}

const PROBE_DEFAULTS = {
  failureThreshold: 3,
  periodSeconds: 10,
  successThreshold: 1,
  timeoutSeconds: 1,
};

function resourcesFor(plan: AppPlan, sidecar: boolean): Json {
  if (plan.resources === 'none') return {};
  const requests = sidecar
    ? { cpu: '50m', memory: '64Mi' }
    : { cpu: '250m', memory: '256Mi' };
  if (plan.resources === 'requests') return { requests };
  return {
    limits: sidecar ? { memory: '128Mi' } : { cpu: '1', memory: '512Mi' },
    requests,
  };
}

function securityFor(plan: AppPlan): Json | undefined {
  if (plan.security === 'privileged') return { privileged: true };
  if (plan.security === 'default') return undefined;
  return {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: 10001,
  };
}

function envFor(plan: AppPlan): Json[] {
  const env: Json[] = [
    { name: 'LOG_LEVEL', value: 'info' },
    {
      name: 'POD_NAME',
      valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } },
    },
    {
      name: 'DATABASE_URL',
      valueFrom: { secretKeyRef: { key: 'url', name: `${plan.name}-db` } },
    },
  ];
  if (plan.inlineSecret) env.push({ name: 'DB_PASSWORD', value: 'changeme' });
  return env;
}

function mainContainer(plan: AppPlan): Json {
  const c: Json = {
    env: envFor(plan),
    image: plan.image,
    imagePullPolicy: 'IfNotPresent',
  };
  const probe = {
    httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' },
    ...PROBE_DEFAULTS,
  };
  if (plan.probes === 'both') {
    c.livenessProbe = { ...probe, initialDelaySeconds: 10 };
  }
  c.name = 'app';
  c.ports = [{ containerPort: plan.port, name: 'http', protocol: 'TCP' }];
  if (plan.probes !== 'none') {
    c.readinessProbe = {
      ...probe,
      httpGet: { path: '/ready', port: 'http', scheme: 'HTTP' },
    };
  }
  c.resources = resourcesFor(plan, false);
  const security = securityFor(plan);
  if (security) c.securityContext = security;
  c.terminationMessagePath = '/dev/termination-log';
  c.terminationMessagePolicy = 'File';
  return c;
}

function sidecarContainer(plan: AppPlan): Json {
  const security = securityFor(plan);
  return {
    args: ['--config', '/etc/fluent-bit/fluent-bit.conf'],
    image: 'cr.fluentbit.io/fluent/fluent-bit:3.1.9',
    imagePullPolicy: 'IfNotPresent',
    name: 'log-shipper',
    resources: resourcesFor(plan, true),
    ...(security ? { securityContext: security } : {}),
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
}

function initContainer(plan: AppPlan): Json {
  return {
    command: ['/app/migrate', 'up'],
    image: plan.image,
    imagePullPolicy: 'IfNotPresent',
    name: 'migrate',
    resources: resourcesFor(plan, true),
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
}

/** The pod spec as the API server stores it in a controller's template (defaults filled). */
export function templateSpec(plan: AppPlan): Json {
  const spec: Json = {
    containers: [
      mainContainer(plan),
      ...(plan.sidecar ? [sidecarContainer(plan)] : []),
    ],
    dnsPolicy: plan.hostNetwork ? 'ClusterFirstWithHostNet' : 'ClusterFirst',
  };
  if (plan.hostNetwork) spec.hostNetwork = true;
  if (plan.initContainer) spec.initContainers = [initContainer(plan)];
  spec.restartPolicy = 'Always';
  spec.schedulerName = 'default-scheduler';
  spec.securityContext =
    plan.security === 'hardened'
      ? { fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } }
      : {};
  if (plan.serviceAccount !== 'default') {
    spec.serviceAccount = plan.serviceAccount;
    spec.serviceAccountName = plan.serviceAccount;
  }
  spec.terminationGracePeriodSeconds = 30;
  return spec;
}

/** `spec.template` of a controller. */
export function podTemplate(
  plan: AppPlan,
  extraLabels: Record<string, string> = {},
): Json {
  return {
    metadata: {
      annotations: { 'kubectl.kubernetes.io/default-container': 'app' },
      creationTimestamp: null,
      labels: { ...plan.podLabels, ...extraLabels },
    },
    spec: templateSpec(plan),
  };
}

function qosClass(plan: AppPlan): string {
  return plan.resources === 'none' ? 'BestEffort' : 'Burstable';
}

function apiAccessVolume(name: string): Json {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        {
          configMap: {
            items: [{ key: 'ca.crt', path: 'ca.crt' }],
            name: 'kube-root-ca.crt',
          },
        },
        {
          downwardAPI: {
            items: [
              {
                fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' },
                path: 'namespace',
              },
            ],
          },
        },
      ],
    },
  };
}

function containerStatus(
  ctx: GeneratorContext,
  container: Json,
  startedAt: string,
  init: boolean,
): Json {
  const image = String(container.image);
  const state = init
    ? {
        terminated: {
          containerID: `containerd://${ctx.rng.hex(64)}`,
          exitCode: 0,
          finishedAt: startedAt,
          reason: 'Completed',
          startedAt,
        },
      }
    : { running: { startedAt } };
  return {
    containerID: `containerd://${ctx.rng.hex(64)}`,
    image,
    imageID: imageId(ctx, image),
    lastState: {},
    name: container.name,
    ready: !init,
    restartCount: ctx.rng.chance(0.05) ? ctx.rng.int(1, 4) : 0,
    started: !init,
    state,
  };
}

/** One running replica, shaped like `kubectl get pod -o json` prints it. */
export function buildPod(
  ctx: GeneratorContext,
  plan: AppPlan,
  pod: {
    name: string;
    generateName?: string;
    labels: Record<string, string>;
    owner: { apiVersion: string; kind: string; name: string; uid: string };
    node?: NodeSlot;
    claim?: string;
  },
): KubeObject {
  const node = pod.node ?? scheduleOn(ctx);
  const age = ctx.rng.int(60, plan.ageSeconds);
  const created = timestamp(ctx, age);
  const started = timestamp(ctx, age - 2);
  const spec = templateSpec(plan);
  const accessVolume = `kube-api-access-${ctx.rng.suffix(5)}`;
  const mount = {
    mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
    name: accessVolume,
    readOnly: true,
  };
  const containers = spec.containers as Json[];
  const inits = (spec.initContainers ?? []) as Json[];
  for (const c of [...inits, ...containers]) c.volumeMounts = [mount];
  const ip = plan.hostNetwork ? node.ip : nextPodIp(ctx);
  const conditions = [
    'PodReadyToStartContainers',
    'Initialized',
    'Ready',
    'ContainersReady',
    'PodScheduled',
  ].map(type => ({
    lastProbeTime: null,
    lastTransitionTime: type === 'PodScheduled' ? created : started,
    status: 'True',
    type,
  }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: created,
      ...(pod.generateName ? { generateName: pod.generateName } : {}),
      labels: pod.labels,
      name: pod.name,
      namespace: plan.namespace,
      ownerReferences: [
        { ...pod.owner, blockOwnerDeletion: true, controller: true },
      ],
      uid: ctx.rng.uuid(),
    },
    spec: {
      ...spec,
      enableServiceLinks: true,
      nodeName: node.name,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      serviceAccount: plan.serviceAccount,
      serviceAccountName: plan.serviceAccount,
      tolerations: [
        {
          effect: 'NoExecute',
          key: 'node.kubernetes.io/not-ready',
          operator: 'Exists',
          tolerationSeconds: 300,
        },
        {
          effect: 'NoExecute',
          key: 'node.kubernetes.io/unreachable',
          operator: 'Exists',
          tolerationSeconds: 300,
        },
      ],
      volumes: [
        ...(pod.claim
          ? [{ name: 'data', persistentVolumeClaim: { claimName: pod.claim } }]
          : []),
        apiAccessVolume(accessVolume),
      ],
    },
    status: {
      conditions,
      containerStatuses: containers.map(c =>
        containerStatus(ctx, c, started, false),
      ),
      hostIP: node.ip,
      hostIPs: [{ ip: node.ip }],
      ...(inits.length
        ? {
            initContainerStatuses: inits.map(c =>
              containerStatus(ctx, c, created, true),
            ),
          }
        : {}),
      phase: 'Running',
      podIP: ip,
      podIPs: [{ ip }],
      qosClass: qosClass(plan),
      startTime: created,
    },
  };
}
