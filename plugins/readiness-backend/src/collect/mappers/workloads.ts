import { KubeObject } from '../../kube/types';
import {
  AutoscalerFact,
  KUBERNETES_ID_LABEL,
  PodDisruptionBudgetFact,
  WorkloadFact,
} from '../facts';
import { array, namespacedMeta, record, str, stringMap } from './util';

function replicasOf(kind: string, replicas: unknown): number | null {
  if (kind === 'DaemonSet') return null;
  return typeof replicas === 'number' ? replicas : 1;
}

export function toWorkloadFact(object: KubeObject): WorkloadFact | undefined {
  const m = namespacedMeta(object);
  const kind = object.kind;
  if (
    !m ||
    (kind !== 'Deployment' && kind !== 'StatefulSet' && kind !== 'DaemonSet')
  ) {
    return undefined;
  }
  const spec = record(object.spec);
  const template = record(spec.template);
  const podLabels = stringMap(record(template.metadata).labels);
  const podSpec = record(template.spec);
  return {
    kind,
    namespace: m.namespace,
    name: m.name,
    labels: m.labels,
    kubernetesId:
      m.labels[KUBERNETES_ID_LABEL] ?? podLabels[KUBERNETES_ID_LABEL] ?? null,
    // Deployments and StatefulSets default to one replica; DaemonSets have none.
    replicas: replicasOf(kind, spec.replicas),
    podLabels,
    images: [...array(podSpec.initContainers), ...array(podSpec.containers)]
      .map(c => str(record(c).image))
      .filter((x): x is string => Boolean(x)),
    volumeClaimTemplates: array(spec.volumeClaimTemplates).length,
  };
}

export function toPodDisruptionBudgetFact(
  object: KubeObject,
): PodDisruptionBudgetFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  return {
    namespace: m.namespace,
    name: m.name,
    selector: stringMap(record(record(object.spec).selector).matchLabels),
  };
}

export function toAutoscalerFact(
  object: KubeObject,
): AutoscalerFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  const spec = record(object.spec);
  // HPAs name their target in scaleTargetRef, KEDA ScaledObjects in scaleTargetRef too (kind optional).
  const target = record(spec.scaleTargetRef);
  const targetName = str(target.name);
  if (!targetName) return undefined;
  return {
    namespace: m.namespace,
    name: m.name,
    kind:
      object.kind === 'ScaledObject'
        ? 'ScaledObject'
        : 'HorizontalPodAutoscaler',
    targetKind: str(target.kind) ?? 'Deployment',
    targetName,
  };
}
