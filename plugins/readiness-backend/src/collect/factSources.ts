import { RESOURCES } from '../kube/resources';
import { KubeObject, ResourceType } from '../kube/types';
import { ClusterFacts, FactKey } from './facts';
import { FactInterner } from './intern';
import * as core from './mappers/core';
import * as rbac from './mappers/rbac';
import * as tools from './mappers/tools';
import * as workloads from './mappers/workloads';

type Element<K extends FactKey> = Extract<
  ClusterFacts[K],
  { ok: true }
>['value'][number];

/** One LIST that feeds a fact, and how each object becomes fact entries. */
export interface FactSource<T> {
  resource: ResourceType;
  /** `intern` is the scan's: facts share what repeats across objects through it. */
  map(object: KubeObject, intern: FactInterner): T | T[] | undefined;
  metadataOnly?: boolean;
}

type FactSources = { [K in FactKey]: FactSource<Element<K>>[] };

/**
 * Which resources feed which fact. A fact fed by several kinds (workloads from Deployments,
 * StatefulSets and DaemonSets) is unknown if any of its built-in kinds cannot be read.
 */
export const FACT_SOURCES: FactSources = {
  namespaces: [{ resource: RESOURCES.namespaces, map: core.toNamespaceFact }],
  nodes: [{ resource: RESOURCES.nodes, map: core.toNodeFact }],
  pods: [{ resource: RESOURCES.pods, map: core.toPodFact }],
  workloads: [
    { resource: RESOURCES.deployments, map: workloads.toWorkloadFact },
    { resource: RESOURCES.statefulSets, map: workloads.toWorkloadFact },
    { resource: RESOURCES.daemonSets, map: workloads.toWorkloadFact },
  ],
  services: [{ resource: RESOURCES.services, map: core.toServiceFact }],
  ingresses: [{ resource: RESOURCES.ingresses, map: core.toIngressFact }],
  serviceAccounts: [
    { resource: RESOURCES.serviceAccounts, map: core.toServiceAccountFact },
  ],
  secrets: [
    { resource: RESOURCES.secrets, map: core.toSecretFact, metadataOnly: true },
  ],
  persistentVolumeClaims: [
    {
      resource: RESOURCES.persistentVolumeClaims,
      map: core.toPersistentVolumeClaimFact,
    },
  ],
  resourceQuotas: [
    { resource: RESOURCES.resourceQuotas, map: core.toQuotaFact },
  ],
  limitRanges: [
    { resource: RESOURCES.limitRanges, map: core.toLimitRangeFact },
  ],
  networkPolicies: [
    { resource: RESOURCES.networkPolicies, map: core.toNetworkPolicyFact },
  ],
  clusterRoles: [{ resource: RESOURCES.clusterRoles, map: rbac.toRoleFact }],
  bindings: [
    { resource: RESOURCES.clusterRoleBindings, map: rbac.toBindingFact },
    { resource: RESOURCES.roleBindings, map: rbac.toBindingFact },
  ],
  podDisruptionBudgets: [
    {
      resource: RESOURCES.podDisruptionBudgets,
      map: workloads.toPodDisruptionBudgetFact,
    },
  ],
  autoscalers: [
    {
      resource: RESOURCES.horizontalPodAutoscalers,
      map: workloads.toAutoscalerFact,
    },
    { resource: RESOURCES.kedaScaledObjects, map: workloads.toAutoscalerFact },
  ],
  admissionPolicies: [
    { resource: RESOURCES.kyvernoClusterPolicies, map: tools.toPolicyFact },
    {
      resource: RESOURCES.validatingAdmissionPolicyBindings,
      map: tools.toPolicyFact,
    },
  ],
  backupSchedules: [
    { resource: RESOURCES.veleroSchedules, map: tools.toBackupScheduleFact },
  ],
  backups: [{ resource: RESOURCES.veleroBackups, map: tools.toBackupFact }],
  restores: [{ resource: RESOURCES.veleroRestores, map: tools.toRestoreFact }],
  backupStorageLocations: [
    {
      resource: RESOURCES.veleroStorageLocations,
      map: tools.toBackupStorageLocationFact,
    },
  ],
  volumeSnapshots: [
    { resource: RESOURCES.volumeSnapshots, map: tools.toNamedFact },
  ],
  prometheuses: [{ resource: RESOURCES.prometheuses, map: tools.toNamedFact }],
  alertmanagers: [
    { resource: RESOURCES.alertmanagers, map: tools.toNamedFact },
  ],
  monitors: [
    { resource: RESOURCES.serviceMonitors, map: tools.toMonitorFact },
    { resource: RESOURCES.podMonitors, map: tools.toMonitorFact },
  ],
  alertRules: [
    { resource: RESOURCES.prometheusRules, map: tools.toAlertRuleFacts },
  ],
  certificates: [
    { resource: RESOURCES.certificates, map: tools.toCertificateFact },
  ],
  externalSecrets: [
    { resource: RESOURCES.externalSecrets, map: tools.toNamedFact },
  ],
  vulnerabilityReports: [
    {
      resource: RESOURCES.vulnerabilityReports,
      map: tools.toVulnerabilityReportFact,
    },
  ],
  nodePools: [
    { resource: RESOURCES.karpenterNodePools, map: tools.toNamedFact },
  ],
  podMetrics: [{ resource: RESOURCES.podMetrics, map: core.toPodUsageFact }],
  chaosExperiments: [
    {
      resource: RESOURCES.chaosMeshSchedules,
      map: tools.toChaosExperimentFact,
    },
    { resource: RESOURCES.chaosMeshPodChaos, map: tools.toChaosExperimentFact },
    {
      resource: RESOURCES.litmusChaosResults,
      map: tools.toChaosExperimentFact,
    },
  ],
};
