import type { KubeObject } from '../kube-api-server/types.ts';
import { timestamp, type GeneratorContext } from './context.ts';
import { buildCrd } from './clusterScoped.ts';

const DAY = 86400;

function meta(
  ctx: GeneratorContext,
  namespace: string,
  name: string,
  ageSeconds: number,
  extra: Record<string, unknown> = {},
) {
  return {
    creationTimestamp: timestamp(ctx, ageSeconds),
    generation: 1,
    name,
    namespace,
    uid: ctx.rng.uuid(),
    ...extra,
  };
}

/** Velero's CRDs, its storage location, a daily schedule, two weeks of backups and one restore. */
export function buildVelero(
  ctx: GeneratorContext,
  cluster: string,
): KubeObject[] {
  const v = 'velero.io';
  const objects: KubeObject[] = [
    buildCrd(ctx, v, 'v1', 'Backup', 'backups'),
    buildCrd(ctx, v, 'v1', 'BackupStorageLocation', 'backupstoragelocations'),
    buildCrd(ctx, v, 'v1', 'Restore', 'restores'),
    buildCrd(ctx, v, 'v1', 'Schedule', 'schedules'),
    {
      apiVersion: 'velero.io/v1',
      kind: 'BackupStorageLocation',
      metadata: meta(ctx, 'velero', 'default', 100 * DAY),
      spec: {
        config: { region: ctx.region },
        default: true,
        objectStorage: { bucket: `velero-backups-${cluster}` },
        provider: 'aws',
      },
      status: {
        lastSyncedTime: timestamp(ctx, 30),
        lastValidationTime: timestamp(ctx, 45),
        phase: 'Available',
      },
    },
    {
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: meta(ctx, 'velero', 'daily', 100 * DAY),
      spec: {
        schedule: '0 2 * * *',
        template: {
          includedNamespaces: ['*'],
          storageLocation: 'default',
          ttl: '720h0m0s',
        },
        useOwnerReferencesInBackup: false,
      },
      status: {
        lastBackup: timestamp(ctx, 10 * 3600),
        phase: 'Enabled',
      },
    },
  ];
  for (let day = 0; day < 14; day++) {
    const age = day * DAY + 10 * 3600;
    const started = new Date(ctx.now - age * 1000);
    const stamp = started
      .toISOString()
      .replace(/[-:T]/g, '')
      .replace(/\.\d{3}Z$/, '');
    const items = ctx.rng.int(4000, 6000);
    objects.push({
      apiVersion: 'velero.io/v1',
      kind: 'Backup',
      metadata: meta(ctx, 'velero', `daily-${stamp}`, age, {
        labels: {
          'velero.io/schedule-name': 'daily',
          'velero.io/storage-location': 'default',
        },
      }),
      spec: {
        includedNamespaces: ['*'],
        storageLocation: 'default',
        ttl: '720h0m0s',
      },
      status: {
        completionTimestamp: timestamp(ctx, age - 240),
        expiration: new Date(ctx.now - age * 1000 + 30 * DAY * 1000)
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
        formatVersion: '1.1.0',
        phase: 'Completed',
        progress: { itemsBackedUp: items, totalItems: items },
        startTimestamp: timestamp(ctx, age),
        version: 1,
      },
    });
  }
  objects.push({
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: meta(ctx, 'velero', 'dr-drill-restore', 40 * DAY),
    spec: { backupName: 'daily-drill', includedNamespaces: ['*'] },
    status: {
      completionTimestamp: timestamp(ctx, 40 * DAY - 900),
      phase: 'Completed',
      startTimestamp: timestamp(ctx, 40 * DAY),
    },
  });
  return objects;
}

const ALERTS: Array<[string, string, string]> = [
  [
    'KubePodCrashLooping',
    'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m]) >= 1',
    'warning',
  ],
  [
    'KubeDeploymentReplicasMismatch',
    'kube_deployment_spec_replicas != kube_deployment_status_replicas_available',
    'warning',
  ],
  [
    'KubeNodeNotReady',
    'kube_node_status_condition{condition="Ready",status="true"} == 0',
    'warning',
  ],
  [
    'NodeFilesystemSpaceFillingUp',
    'predict_linear(node_filesystem_avail_bytes[6h], 24*60*60) < 0',
    'critical',
  ],
  [
    'TargetDown',
    '100 * (count(up == 0) BY (job) / count(up) BY (job)) > 10',
    'warning',
  ],
  [
    'KubeAPIErrorBudgetBurn',
    'sum(apiserver_request:burnrate1h) > (14.40 * 0.01)',
    'critical',
  ],
];

/** The Prometheus Operator's CRDs, one Prometheus and Alertmanager, and alerting rules. */
export function buildMonitoring(ctx: GeneratorContext): KubeObject[] {
  const m = 'monitoring.coreos.com';
  return [
    buildCrd(ctx, m, 'v1', 'Alertmanager', 'alertmanagers'),
    buildCrd(ctx, m, 'v1', 'PodMonitor', 'podmonitors'),
    buildCrd(ctx, m, 'v1', 'Prometheus', 'prometheuses'),
    buildCrd(ctx, m, 'v1', 'PrometheusRule', 'prometheusrules'),
    buildCrd(ctx, m, 'v1', 'ServiceMonitor', 'servicemonitors'),
    {
      apiVersion: `${m}/v1`,
      kind: 'Prometheus',
      metadata: meta(ctx, 'monitoring', 'k8s', 90 * DAY),
      spec: {
        replicas: 2,
        retention: '15d',
        ruleSelector: {},
        serviceMonitorNamespaceSelector: {},
        serviceMonitorSelector: {},
      },
      status: {
        availableReplicas: 2,
        paused: false,
        replicas: 2,
        unavailableReplicas: 0,
        updatedReplicas: 2,
      },
    },
    {
      apiVersion: `${m}/v1`,
      kind: 'Alertmanager',
      metadata: meta(ctx, 'monitoring', 'main', 90 * DAY),
      spec: { replicas: 1 },
      status: { availableReplicas: 1, paused: false, replicas: 1 },
    },
    {
      apiVersion: `${m}/v1`,
      kind: 'PrometheusRule',
      metadata: meta(ctx, 'monitoring', 'kubernetes-rules', 90 * DAY, {
        labels: { release: 'kube-prometheus-stack' },
      }),
      spec: {
        groups: [
          {
            name: 'kubernetes',
            rules: ALERTS.map(([alert, expr, severity]) => ({
              alert,
              annotations: {
                runbook_url: `https://runbooks.prometheus-operator.dev/runbooks/${alert.toLowerCase()}`,
                summary: `${alert} is firing`,
              },
              expr,
              for: '15m',
              labels: { severity },
            })),
          },
        ],
      },
    },
    {
      apiVersion: `${m}/v1`,
      kind: 'PodMonitor',
      metadata: meta(ctx, 'monitoring', 'kubelet', 90 * DAY),
      spec: {
        namespaceSelector: { any: true },
        podMetricsEndpoints: [{ port: 'metrics' }],
        selector: { matchLabels: { 'app.kubernetes.io/name': 'kubelet' } },
      },
    },
  ];
}
