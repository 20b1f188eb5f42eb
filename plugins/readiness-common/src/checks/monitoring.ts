import { CheckDefinition } from './types';

/** Monitoring & alerting: metrics for the cluster and workload layers, logs, user-facing alerts. @public */
export const MONITORING_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'monitoring-prometheus',
    pillar: 'monitoring',
    level: 1,
    title: 'A Prometheus collects metrics from the cluster',
  },
  {
    id: 'monitoring-kube-state-metrics',
    pillar: 'monitoring',
    level: 1,
    title: 'kube-state-metrics exposes the state of Kubernetes objects',
  },
  {
    id: 'monitoring-alertmanager',
    pillar: 'monitoring',
    level: 2,
    title: 'An Alertmanager routes alerts to people',
  },
  {
    id: 'monitoring-workload-namespaces-scraped',
    pillar: 'monitoring',
    level: 2,
    title:
      'Every workload namespace is scraped by a ServiceMonitor or PodMonitor',
  },
  {
    id: 'monitoring-log-shipping',
    pillar: 'monitoring',
    level: 2,
    title: 'A log-shipping agent runs on every node as a DaemonSet',
  },
  {
    id: 'monitoring-user-facing-alerts',
    pillar: 'monitoring',
    level: 3,
    title:
      'Alerts fire on user-visible pain (error rate, latency, SLO burn), not only infrastructure',
  },
  {
    id: 'monitoring-alert-severity',
    pillar: 'monitoring',
    level: 3,
    title: 'Every alert carries a severity label that routing can act on',
  },
];
