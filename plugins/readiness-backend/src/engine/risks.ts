import { ObjectRef, Risk } from '@readiness/plugin-readiness-common';
import { minorOf, releaseStatus } from '../lifecycle/kubernetesReleases';
import { CheckContext } from '../checks/types';
import {
  removedWriteRef,
  writesBlockingNextMinor,
} from '../checks/upgradesChecks.removedApis';

const DAY_MS = 86_400_000;
const PRESSURES = ['DiskPressure', 'MemoryPressure', 'PIDPressure'];
/** The seed's order: what tends to fail first is listed first. */
const ORDER: Risk['kind'][] = [
  'certificate-expiry',
  'node-pressure',
  'runaway-workload',
  'upgrade-debt',
  'data-loss',
];

/** The seed's "order things fail", for one cluster, most urgent first. */
export function computeRisks({
  facts,
  namespaces,
  now,
  settings,
}: CheckContext): Risk[] {
  const risks: Risk[] = [];

  if (facts.certificates.ok) {
    for (const cert of facts.certificates.value) {
      if (!cert.notAfter) continue;
      const days = Math.floor(
        (Date.parse(cert.notAfter) - now.getTime()) / DAY_MS,
      );
      if (days <= settings.certificateWarnDays) {
        risks.push({
          kind: 'certificate-expiry',
          title:
            days < 0
              ? `Certificate ${cert.namespace}/${
                  cert.name
                } expired ${-days} day(s) ago`
              : `Certificate ${cert.namespace}/${cert.name} expires in ${days} day(s)`,
          daysToImpact: Math.max(0, days),
          objects: [
            { kind: 'Certificate', namespace: cert.namespace, name: cert.name },
          ],
        });
      }
    }
  }

  const serving = facts.server.servingCertificate;
  if (serving) {
    const days = Math.floor(
      (Date.parse(serving.notAfter) - now.getTime()) / DAY_MS,
    );
    if (days <= settings.certificateWarnDays) {
      risks.push({
        kind: 'certificate-expiry',
        title:
          days < 0
            ? `The API server certificate expired ${-days} day(s) ago: clients and kubelets cannot connect`
            : `The API server certificate expires in ${days} day(s): every client and kubelet stops connecting then`,
        daysToImpact: Math.max(0, days),
        objects: [],
      });
    }
  }

  if (facts.nodes.ok) {
    for (const node of facts.nodes.value) {
      const under = PRESSURES.filter(p => node.conditions[p]);
      if (under.length > 0) {
        risks.push({
          kind: 'node-pressure',
          title: `Node ${node.name} reports ${under.join(
            ', ',
          )}: the kubelet is evicting or will evict pods`,
          daysToImpact: 0,
          objects: [{ kind: 'Node', name: node.name }],
        });
      }
    }
  }

  const unbounded = namespaces.filter(
    ns => ns.workload && ns.isolation.resourceQuota === false,
  );
  if (unbounded.length > 0) {
    risks.push({
      kind: 'runaway-workload',
      title: `${unbounded.length} workload namespace(s) without a ResourceQuota: one runaway workload can starve the cluster`,
      daysToImpact: null,
      objects: unbounded.map(ns => ({ kind: 'Namespace', name: ns.name })),
    });
  }

  const minor = minorOf(facts.server.version);
  if (minor !== null) {
    const status = releaseStatus(minor, now);
    if (!status.supported || status.minorsBehind >= 2) {
      risks.push({
        kind: 'upgrade-debt',
        title: status.supported
          ? `Kubernetes 1.${minor} is ${status.minorsBehind} minor versions behind; support ends ${status.endOfSupport}`
          : `Kubernetes 1.${minor} is out of upstream support${
              status.endOfSupport ? ` since ${status.endOfSupport}` : ''
            }: ${status.minorsBehind} upgrades to reach 1.${
              status.newestMinor
            }`,
        daysToImpact:
          status.daysToEndOfSupport === null
            ? null
            : Math.max(0, status.daysToEndOfSupport),
        objects: [],
      });
    }
  }
  const blocking = writesBlockingNextMinor(facts) ?? [];
  if (minor !== null && blocking.length > 0) {
    risks.push({
      kind: 'upgrade-debt',
      title: `${
        blocking.length
      } object(s) are still written with API versions removed by 1.${
        minor + 1
      }: deploys break on upgrade`,
      daysToImpact: null,
      objects: blocking.map(removedWriteRef),
    });
  }

  const stateful: ObjectRef[] = [];
  if (facts.workloads.ok) {
    for (const w of facts.workloads.value) {
      if (w.kind === 'StatefulSet' && w.volumeClaimTemplates > 0) {
        stateful.push({
          kind: 'StatefulSet',
          namespace: w.namespace,
          name: w.name,
        });
      }
    }
  }
  if (stateful.length > 0) {
    const recent = facts.backups.ok
      ? facts.backups.value.some(
          b =>
            b.phase === 'Completed' &&
            b.completedAt &&
            now.getTime() - Date.parse(b.completedAt) <=
              settings.backupRpoHours * 3_600_000,
        )
      : false;
    const drilled = facts.restores.ok
      ? facts.restores.value.some(
          r =>
            r.phase === 'Completed' &&
            r.completedAt &&
            now.getTime() - Date.parse(r.completedAt) <=
              settings.restoreDrillDays * DAY_MS,
        )
      : false;
    if (!recent || !drilled) {
      risks.push({
        kind: 'data-loss',
        title: `${stateful.length} stateful workload(s) ${
          !recent
            ? `without a successful backup in the last ${settings.backupRpoHours} h`
            : `without a restore tested in the last ${settings.restoreDrillDays} days`
        }`,
        daysToImpact: null,
        objects: stateful,
      });
    }
  }

  return risks.sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      (a.daysToImpact ?? Infinity) - (b.daysToImpact ?? Infinity),
  );
}
