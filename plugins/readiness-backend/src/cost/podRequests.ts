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

/** Whether any container requests a GPU: most pods do not, and need no per-name pass. */
function requestsGpus(containers: readonly ContainerFact[]): boolean {
  for (let i = 0; i < containers.length; i++)
    for (const name in containers[i].extendedRequests)
      if (isGpuResource(name)) return true;
  return false;
}

/**
 * A pod's effective requests, plus its RuntimeClass overhead, which the scheduler adds on top.
 * A request left unset counts as 0: nothing is reserved for it. Runs for every Running pod of
 * the cluster, so CPU and memory are summed in place, without arrays or closures per pod.
 */
export function effectiveRequests(
  pod: Pick<PodFact, 'containers' | 'overhead'>,
): PodRequests {
  let gpus = 0;
  if (requestsGpus(pod.containers)) {
    const gpuNames = new Set(
      pod.containers.flatMap(c => Object.keys(gpusOf(c))),
    );
    for (const name of gpuNames)
      gpus += effective(pod.containers, c => gpusOf(c)[name] ?? 0);
  }
  let appCpu = 0;
  let initCpu = 0;
  let appMemory = 0;
  let initMemory = 0;
  // Indexed: for...of makes an iterator and a result object per step.
  const containers = pod.containers;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    const cpu = c.requests.cpuCores ?? 0;
    const memory = c.requests.memoryBytes ?? 0;
    if (c.init) {
      initCpu = Math.max(initCpu, cpu);
      initMemory = Math.max(initMemory, memory);
    } else {
      appCpu += cpu;
      appMemory += memory;
    }
  }
  return {
    cpuCores: Math.max(appCpu, initCpu) + (pod.overhead.cpuCores ?? 0),
    memoryBytes:
      Math.max(appMemory, initMemory) + (pod.overhead.memoryBytes ?? 0),
    gpus,
  };
}

/**
 * App containers that request no CPU or no memory: their missing share cannot be priced, and the
 * scheduler gives them no guarantee either. Init containers are not counted: they have finished
 * by the time a pod is Running.
 */
export function unpricedContainers(pod: Pick<PodFact, 'containers'>): number {
  let count = 0;
  const containers = pod.containers;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    if (
      !c.init &&
      !((c.requests.cpuCores ?? 0) > 0 && (c.requests.memoryBytes ?? 0) > 0)
    )
      count += 1;
  }
  return count;
}
