import { KubeObject } from '../../kube/types';
import {
  AutoscalerFact,
  EXEMPT_ANNOTATION_PREFIX,
  KUBERNETES_ID_LABEL,
  PodDisruptionBudgetFact,
  WorkloadFact,
} from '../facts';
import { FactInterner } from '../intern';
import { array, namespacedMeta, record, str } from './util';

function replicasOf(kind: string, replicas: unknown): number | null {
  if (kind === 'DaemonSet') return null;
  return typeof replicas === 'number' ? replicas : 1;
}

export function toWorkloadFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): WorkloadFact | undefined {
  const m = namespacedMeta(object, intern);
  const kind = object.kind;
  if (
    !m ||
    (kind !== 'Deployment' && kind !== 'StatefulSet' && kind !== 'DaemonSet')
  ) {
    return undefined;
  }
  const spec = record(object.spec);
  const template = record(spec.template);
  const labels = intern.labels(m.raw.labels);
  const podLabels = intern.labels(record(template.metadata).labels);
  const podSpec = record(template.spec);
  return {
    kind,
    namespace: m.namespace,
    name: intern.string(m.name),
    labels,
    kubernetesId:
      labels[KUBERNETES_ID_LABEL] ?? podLabels[KUBERNETES_ID_LABEL] ?? null,
    // Deployments and StatefulSets default to one replica; DaemonSets have none.
    replicas: replicasOf(kind, spec.replicas),
    podLabels,
    images: intern.strings(
      [...array(podSpec.initContainers), ...array(podSpec.containers)]
        .map(c => str(record(c).image))
        .filter((x): x is string => Boolean(x)),
    ),
    volumeClaimTemplates: array(spec.volumeClaimTemplates).length,
    ...exemptionAnnotations(m.raw.annotations),
  };
}

/**
 * The workload's exemption annotations, if any. Only these are kept: a workload's other
 * annotations (last-applied configurations among them) would cost memory at 100,000 pods.
 */
function exemptionAnnotations(annotations: unknown): {
  exemptions?: Record<string, string>;
} {
  let exemptions: Record<string, string> | undefined;
  for (const [key, value] of Object.entries(record(annotations))) {
    if (key.startsWith(EXEMPT_ANNOTATION_PREFIX) && typeof value === 'string') {
      (exemptions ??= {})[key] = value;
    }
  }
  return exemptions ? { exemptions } : {};
}

export function toPodDisruptionBudgetFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): PodDisruptionBudgetFact | undefined {
  const m = namespacedMeta(object, intern);
  if (!m) return undefined;
  return {
    namespace: m.namespace,
    name: m.name,
    selector: intern.labels(record(record(object.spec).selector).matchLabels),
  };
}

export function toAutoscalerFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): AutoscalerFact | undefined {
  const m = namespacedMeta(object, intern);
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
    targetKind: intern.string(str(target.kind) ?? 'Deployment'),
    targetName: intern.string(targetName),
  };
}
