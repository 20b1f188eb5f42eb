import { ObjectRef } from '@readiness/plugin-readiness-common';
import { AlertRuleFact, MonitorFact, WorkloadFact } from '../collect/facts';

/** A tool recognised by the name, app labels or images of the workload that runs it. */
export interface Tool {
  name: string;
  pattern: RegExp;
}

/** Agents that tail container logs on every node and ship them off the node. */
export const LOG_AGENTS: readonly Tool[] = [
  { name: 'Fluent Bit', pattern: /fluent-?bit/i },
  { name: 'Fluentd', pattern: /fluentd/i },
  { name: 'Vector', pattern: /(^|[/-])vector([:@-]|$)/i },
  { name: 'Promtail', pattern: /promtail/i },
  { name: 'Grafana Alloy', pattern: /(^|[/-])alloy([:@-]|$)|grafana-agent/i },
  {
    name: 'OpenTelemetry Collector',
    pattern: /opentelemetry-collector|otel-?col(lector)?([:@-]|$)/i,
  },
  { name: 'Datadog Agent', pattern: /datadog/i },
];

export const KUBE_STATE_METRICS: Tool = {
  name: 'kube-state-metrics',
  pattern: /kube-state-metrics/i,
};
export const NODE_PROBLEM_DETECTOR: Tool = {
  name: 'node-problem-detector',
  pattern: /node-problem-detector/i,
};

/** Images of a Prometheus server or an Alertmanager run without prometheus-operator. */
export const PROMETHEUS_IMAGE =
  /(^|\/)(prometheus\/prometheus|prom\/prometheus)[:@]/;
export const ALERTMANAGER_IMAGE =
  /(^|\/)(prometheus\/alertmanager|prom\/alertmanager)[:@]/;

const APP_LABELS = ['app.kubernetes.io/name', 'app', 'k8s-app'];

/**
 * Whether a workload runs the tool, by what names what it runs: its name, its app labels and its
 * images. Tested one by one: this runs for every workload of the cluster, once per tool.
 */
export function runsTool(w: WorkloadFact, tool: Tool): boolean {
  const named = (id: string | undefined) =>
    Boolean(id) && tool.pattern.test(id!);
  return (
    tool.pattern.test(w.name) ||
    APP_LABELS.some(key => named(w.labels[key]) || named(w.podLabels[key])) ||
    w.images.some(image => tool.pattern.test(image))
  );
}

export function runsImage(w: WorkloadFact, image: RegExp): boolean {
  return w.images.some(i => image.test(i));
}

export const workloadName = (w: WorkloadFact) =>
  `${w.kind} ${w.namespace}/${w.name}`;
export const workloadRef = (w: WorkloadFact): ObjectRef => ({
  kind: w.kind,
  namespace: w.namespace,
  name: w.name,
});

/** Which namespaces ServiceMonitors and PodMonitors scrape: `all` when one selects any namespace. */
export function scrapedNamespaces(monitors: MonitorFact[]): {
  all: boolean;
  names: Set<string>;
} {
  const names = new Set<string>();
  let all = false;
  for (const monitor of monitors) {
    if (monitor.namespaces === null) names.add(monitor.namespace);
    else if (monitor.namespaces.includes('*')) all = true;
    else monitor.namespaces.forEach(ns => names.add(ns));
  }
  return { all, names };
}

/**
 * Alerts about the platform itself, by the names kube-prometheus, node-exporter and the common
 * add-ons give them. Their SLO-shaped alerts (KubeAPIErrorBudgetBurn) watch the API server, not
 * users.
 */
const INFRASTRUCTURE_ALERT =
  /^(Kube|Kubelet|Node|Prometheus|Alertmanager|Etcd|CoreDNS|Watchdog|InfoInhibitor|TargetDown|CPUThrottling|ConfigReloader|Velero|CertManager|Certificate|Karpenter|ClusterAutoscaler|Grafana|Loki|FluentBit)/;
const USER_PAIN_NAME =
  /error|latency|slo|burn|budget|availability|5xx|apdex|slow/i;
const USER_PAIN_EXPR =
  /(code|status|status_code)\s*=~?\s*"5|5xx|histogram_quantile|_duration_seconds|latency|error_budget|errors?_total|slo|burn/i;

/** Whether an alert fires on what users feel: error rate, tail latency, SLO burn. */
export function isUserFacing(rule: AlertRuleFact): boolean {
  if (INFRASTRUCTURE_ALERT.test(rule.alert)) return false;
  const labels = Object.entries(rule.labels).flat().join(' ');
  return (
    USER_PAIN_NAME.test(rule.alert) ||
    USER_PAIN_EXPR.test(rule.expr) ||
    /\bslo\b/i.test(labels)
  );
}

const RUNBOOK_ANNOTATION = /^runbook([_-]?url)?$/i;

/** The runbook an alert links, from `runbook_url` (or `runbook`), or null. */
export function runbookOf(rule: AlertRuleFact): string | null {
  const entry = Object.entries(rule.annotations).find(
    ([key, value]) => RUNBOOK_ANNOTATION.test(key) && value.trim(),
  );
  return entry ? entry[1] : null;
}

export const alertName = (rule: AlertRuleFact) =>
  `${rule.alert} (${rule.namespace}/${rule.name})`;

/** The PrometheusRules holding some alerts, once each. */
export function ruleRefs(rules: AlertRuleFact[]): ObjectRef[] {
  const seen = new Map<string, ObjectRef>();
  for (const r of rules) {
    seen.set(`${r.namespace}/${r.name}`, {
      kind: 'PrometheusRule',
      namespace: r.namespace,
      name: r.name,
    });
  }
  return [...seen.values()];
}
