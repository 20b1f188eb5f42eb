import type { KubeObject } from '../kube-api-server/types.ts';
import { timestamp, type GeneratorContext } from './context.ts';
import { buildPod, podTemplate, type AppPlan } from './pods.ts';

type Json = Record<string, unknown>;

/** Pod name suffixes a controller has not used yet: kube-proxy alone runs on thousands of nodes. */
function uniqueSuffixes(ctx: GeneratorContext, count: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(ctx.rng.suffix(5));
  return [...seen];
}

function objectMeta(
  ctx: GeneratorContext,
  plan: AppPlan,
  name: string,
  extra: Json = {},
): Json & { uid: string } {
  return {
    creationTimestamp: timestamp(ctx, plan.ageSeconds),
    labels: { ...plan.podLabels },
    name,
    namespace: plan.namespace,
    uid: ctx.rng.uuid(),
    ...extra,
  };
}

function condition(
  ctx: GeneratorContext,
  type: string,
  reason: string,
  message: string,
): Json {
  const at = timestamp(ctx, ctx.rng.int(3600, 30 * 86400));
  return {
    lastTransitionTime: at,
    lastUpdateTime: at,
    message,
    reason,
    status: 'True',
    type,
  };
}

/** A Deployment, its current ReplicaSet (and sometimes a scaled-down older one), and its pods. */
export function buildDeployment(
  ctx: GeneratorContext,
  plan: AppPlan,
): KubeObject[] {
  const revision = ctx.rng.int(1, 12);
  const hash = ctx.rng.suffix(10);
  const rsName = `${plan.name}-${hash}`;
  const meta = objectMeta(ctx, plan, plan.name, {
    annotations: { 'deployment.kubernetes.io/revision': String(revision) },
    generation: revision,
  });
  const n = plan.replicas;
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta,
    spec: {
      progressDeadlineSeconds: 600,
      replicas: n,
      revisionHistoryLimit: 10,
      selector: { matchLabels: plan.selector },
      strategy: {
        rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
        type: 'RollingUpdate',
      },
      template: podTemplate(plan),
    },
    status: {
      availableReplicas: n,
      conditions: [
        condition(
          ctx,
          'Available',
          'MinimumReplicasAvailable',
          'Deployment has minimum availability.',
        ),
        condition(
          ctx,
          'Progressing',
          'NewReplicaSetAvailable',
          `ReplicaSet "${rsName}" has successfully progressed.`,
        ),
      ],
      observedGeneration: revision,
      readyReplicas: n,
      replicas: n,
      updatedReplicas: n,
    },
  };
  const owner = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: plan.name,
    uid: meta.uid,
  };
  const replicaSet = (name: string, h: string, rev: number, replicas: number) =>
    ({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        ...objectMeta(ctx, plan, name, {
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(n),
            'deployment.kubernetes.io/max-replicas': String(
              n + Math.ceil(n / 4),
            ),
            'deployment.kubernetes.io/revision': String(rev),
          },
          generation: 1,
          ownerReferences: [
            { ...owner, blockOwnerDeletion: true, controller: true },
          ],
        }),
        labels: { ...plan.podLabels, 'pod-template-hash': h },
      },
      spec: {
        replicas,
        selector: {
          matchLabels: { ...plan.selector, 'pod-template-hash': h },
        },
        template: podTemplate(plan, { 'pod-template-hash': h }),
      },
      status: replicas
        ? {
            availableReplicas: replicas,
            fullyLabeledReplicas: replicas,
            observedGeneration: 1,
            readyReplicas: replicas,
            replicas,
          }
        : { observedGeneration: 1, replicas: 0 },
    } as KubeObject);
  const current = replicaSet(rsName, hash, revision, n);
  const objects = [deployment, current];
  if (revision > 1) {
    let oldHash = ctx.rng.suffix(10);
    while (oldHash === hash) oldHash = ctx.rng.suffix(10);
    objects.push(
      replicaSet(`${plan.name}-${oldHash}`, oldHash, revision - 1, 0),
    );
  }
  const rsOwner = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    name: rsName,
    uid: (current.metadata as { uid: string }).uid,
  };
  const suffixes = uniqueSuffixes(ctx, n);
  for (let i = 0; i < n; i++) {
    objects.push(
      buildPod(ctx, plan, {
        name: `${rsName}-${suffixes[i]}`,
        generateName: `${rsName}-`,
        labels: { ...plan.podLabels, 'pod-template-hash': hash },
        owner: rsOwner,
      }),
    );
  }
  return objects;
}

/** A StatefulSet with ordinal pods and one bound PersistentVolumeClaim per replica. */
export function buildStatefulSet(
  ctx: GeneratorContext,
  plan: AppPlan,
): KubeObject[] {
  const claim = plan.volumeClaim ?? {
    name: 'data',
    storage: '10Gi',
    storageClass: 'gp3',
  };
  const revision = `${plan.name}-${ctx.rng.suffix(10)}`;
  const meta = objectMeta(ctx, plan, plan.name, { generation: 1 });
  const n = plan.replicas;
  const claimSpec = {
    accessModes: ['ReadWriteOnce'],
    resources: { requests: { storage: claim.storage } },
    storageClassName: claim.storageClass,
    volumeMode: 'Filesystem',
  };
  const objects: KubeObject[] = [
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: meta,
      spec: {
        persistentVolumeClaimRetentionPolicy: {
          whenDeleted: 'Retain',
          whenScaled: 'Retain',
        },
        podManagementPolicy: 'OrderedReady',
        replicas: n,
        revisionHistoryLimit: 10,
        selector: { matchLabels: plan.selector },
        serviceName: plan.name,
        template: podTemplate(plan),
        updateStrategy: {
          rollingUpdate: { partition: 0 },
          type: 'RollingUpdate',
        },
        volumeClaimTemplates: [
          {
            apiVersion: 'v1',
            kind: 'PersistentVolumeClaim',
            metadata: { creationTimestamp: null, name: claim.name },
            spec: claimSpec,
            status: { phase: 'Pending' },
          },
        ],
      },
      status: {
        availableReplicas: n,
        collisionCount: 0,
        currentReplicas: n,
        currentRevision: revision,
        observedGeneration: 1,
        readyReplicas: n,
        replicas: n,
        updateRevision: revision,
        updatedReplicas: n,
      },
    },
  ];
  const owner = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    name: plan.name,
    uid: meta.uid,
  };
  for (let i = 0; i < n; i++) {
    const podName = `${plan.name}-${i}`;
    const claimName = `${claim.name}-${podName}`;
    const pod = buildPod(ctx, plan, {
      name: podName,
      generateName: `${plan.name}-`,
      labels: {
        ...plan.podLabels,
        'apps.kubernetes.io/pod-index': String(i),
        'controller-revision-hash': revision,
        'statefulset.kubernetes.io/pod-name': podName,
      },
      owner,
      claim: claimName,
    });
    const node = (pod.spec as { nodeName: string }).nodeName;
    objects.push(pod, {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        annotations: {
          'pv.kubernetes.io/bind-completed': 'yes',
          'pv.kubernetes.io/bound-by-controller': 'yes',
          'volume.beta.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com',
          'volume.kubernetes.io/selected-node': node,
          'volume.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com',
        },
        creationTimestamp: timestamp(ctx, plan.ageSeconds),
        finalizers: ['kubernetes.io/pvc-protection'],
        labels: { ...plan.selector },
        name: claimName,
        namespace: plan.namespace,
        uid: ctx.rng.uuid(),
      },
      spec: { ...claimSpec, volumeName: `pvc-${ctx.rng.uuid()}` },
      status: {
        accessModes: ['ReadWriteOnce'],
        capacity: { storage: claim.storage },
        phase: 'Bound',
      },
    });
  }
  return objects;
}

/** A DaemonSet with one pod on each node. */
export function buildDaemonSet(
  ctx: GeneratorContext,
  plan: AppPlan,
): KubeObject[] {
  const meta = objectMeta(ctx, plan, plan.name, {
    annotations: { 'deprecated.daemonset.template.generation': '1' },
    generation: 1,
  });
  const n = plan.replicas;
  const revision = ctx.rng.suffix(10);
  const objects: KubeObject[] = [
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta,
      spec: {
        revisionHistoryLimit: 10,
        selector: { matchLabels: plan.selector },
        template: podTemplate(plan),
        updateStrategy: {
          rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
          type: 'RollingUpdate',
        },
      },
      status: {
        currentNumberScheduled: n,
        desiredNumberScheduled: n,
        numberAvailable: n,
        numberMisscheduled: 0,
        numberReady: n,
        observedGeneration: 1,
        updatedNumberScheduled: n,
      },
    },
  ];
  const owner = {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    name: plan.name,
    uid: meta.uid,
  };
  const suffixes = uniqueSuffixes(ctx, n);
  for (let i = 0; i < n; i++) {
    objects.push(
      buildPod(ctx, plan, {
        name: `${plan.name}-${suffixes[i]}`,
        generateName: `${plan.name}-`,
        labels: {
          ...plan.podLabels,
          'controller-revision-hash': revision,
          'pod-template-generation': '1',
        },
        owner,
        node: ctx.nodes[i % ctx.nodes.length],
      }),
    );
  }
  return objects;
}
