import { CoverageGap } from '@readiness/plugin-readiness-common';
import { RESOURCES } from '../kube/resources';
import { ClusterReader, KubeObject, ResourceType, resourceName } from '../kube/types';
import { ClusterFacts, Known } from './facts';
import {
  toLimitRangeFact,
  toNamespaceFact,
  toNetworkPolicyFact,
  toPodFact,
  toQuotaFact,
  toWorkloadFact,
} from './toFacts';

/**
 * Reads one cluster into facts. Nothing here throws for a cluster's sake: an unreachable server
 * makes every fact unknown with the reason, a forbidden kind makes that fact unknown, and
 * malformed objects are skipped and counted.
 */
export async function collectFacts(
  reader: ClusterReader,
  scannedAt: Date,
): Promise<{ facts: ClusterFacts; reachable: boolean }> {
  const gaps: CoverageGap[] = [];
  const info = await reader.serverInfo();
  if (!info.ok) {
    const down: Known<never> = { ok: false, reason: info.reason, statusCode: info.statusCode };
    gaps.push({ resource: 'cluster', reason: info.reason, statusCode: info.statusCode });
    return {
      reachable: false,
      facts: {
        cluster: reader.name,
        scannedAt: scannedAt.toISOString(),
        server: { version: null, ...reader.declared },
        namespaces: down,
        pods: down,
        workloads: down,
        resourceQuotas: down,
        limitRanges: down,
        networkPolicies: down,
        coverageGaps: gaps,
      },
    };
  }

  async function read<T>(
    resource: ResourceType,
    map: (o: KubeObject) => T | undefined,
  ): Promise<Known<T[]>> {
    const listed = await reader.list(resource);
    if (!listed.ok) {
      gaps.push({ resource: resourceName(resource), reason: listed.reason, statusCode: listed.statusCode });
      return { ok: false, reason: listed.reason, statusCode: listed.statusCode };
    }
    const facts: T[] = [];
    let skipped = 0;
    for (const item of listed.items) {
      const fact = map(item);
      if (fact === undefined) skipped += 1;
      else facts.push(fact);
    }
    if (skipped > 0) {
      gaps.push({
        resource: resourceName(resource),
        reason: `${skipped} malformed object(s) without a name or namespace were skipped`,
        statusCode: null,
      });
    }
    return { ok: true, value: facts };
  }

  const [namespaces, pods, deployments, statefulSets, daemonSets, quotas, limitRanges, policies] =
    await Promise.all([
      read(RESOURCES.namespaces, toNamespaceFact),
      read(RESOURCES.pods, toPodFact),
      read(RESOURCES.deployments, toWorkloadFact),
      read(RESOURCES.statefulSets, toWorkloadFact),
      read(RESOURCES.daemonSets, toWorkloadFact),
      read(RESOURCES.resourceQuotas, toQuotaFact),
      read(RESOURCES.limitRanges, toLimitRangeFact),
      read(RESOURCES.networkPolicies, toNetworkPolicyFact),
    ]);

  // Workloads are only used to find entities' namespaces: what could be read still counts.
  const workloadParts = [deployments, statefulSets, daemonSets];
  const readable = workloadParts.filter(p => p.ok);
  const workloads: ClusterFacts['workloads'] =
    readable.length > 0
      ? { ok: true, value: readable.flatMap(p => (p.ok ? p.value : [])) }
      : (deployments as ClusterFacts['workloads']);

  return {
    reachable: true,
    facts: {
      cluster: reader.name,
      scannedAt: scannedAt.toISOString(),
      server: { version: info.info.version, ...reader.declared },
      namespaces,
      pods,
      workloads,
      resourceQuotas: quotas,
      limitRanges,
      networkPolicies: policies,
      coverageGaps: gaps,
    },
  };
}
