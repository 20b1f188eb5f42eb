import { ContainerFact, PodFact } from '../collect/facts';

/** What a pod holds on its node, per priced resource. */
export interface PodRequests {
  cpuCores: number;
  memoryBytes: number;
  gpus: number;
}

/** `nvidia.com/gpu`, `amd.com/gpu` and any other vendor's `<domain>/gpu` extended resource. */
export function isGpuResource(name: string): boolean {
  return name.endsWith('/gpu');
}

function gpusOf(container: ContainerFact): Record<string, number> {
  const gpus: Record<string, number> = {};
  for (const [name, quantity] of Object.entries(container.extendedRequests)) {
    if (isGpuResource(name)) gpus[name] = quantity;
  }
  return gpus;
}

/**
 * The scheduler's effective request for one resource: init containers run one at a time before
 * the app containers, so the pod needs the larger of the app containers' sum and the largest
 * init container (https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#resource-sharing-within-containers).
 */
function effective(
  containers: readonly ContainerFact[],
  read: (c: ContainerFact) => number,
): number {
  let app = 0;
  let init = 0;
  for (const c of containers) {
    if (c.init) init = Math.max(init, read(c));
    else app += read(c);
  }
  return Math.max(app, init);
}

/**
 * A pod's effective requests, plus its RuntimeClass overhead, which the scheduler adds on top.
 * A request left unset counts as 0: nothing is reserved for it.
 */
export function effectiveRequests(
  pod: Pick<PodFact, 'containers' | 'overhead'>,
): PodRequests {
  const gpuNames = new Set(pod.containers.flatMap(c => Object.keys(gpusOf(c))));
  let gpus = 0;
  for (const name of gpuNames)
    gpus += effective(pod.containers, c => gpusOf(c)[name] ?? 0);
  return {
    cpuCores:
      effective(pod.containers, c => c.requests.cpuCores ?? 0) +
      (pod.overhead.cpuCores ?? 0),
    memoryBytes:
      effective(pod.containers, c => c.requests.memoryBytes ?? 0) +
      (pod.overhead.memoryBytes ?? 0),
    gpus,
  };
}

/**
 * App containers that request no CPU or no memory: their missing share cannot be priced, and the
 * scheduler gives them no guarantee either. Init containers are not counted: they have finished
 * by the time a pod is Running.
 */
export function unpricedContainers(pod: Pick<PodFact, 'containers'>): number {
  return pod.containers.filter(
    c =>
      !c.init &&
      !((c.requests.cpuCores ?? 0) > 0 && (c.requests.memoryBytes ?? 0) > 0),
  ).length;
}
