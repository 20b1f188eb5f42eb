import {
  AlertRuleFact,
  ClusterFacts,
  Known,
  NamedFact,
} from '../collect/facts';
import { notInstalled } from './backupChecks.helpers';
import {
  ALERTMANAGER_IMAGE,
  KUBE_STATE_METRICS,
  LOG_AGENTS,
  PROMETHEUS_IMAGE,
  alertName,
  isUserFacing,
  ruleRefs,
  runsImage,
  runsTool,
  scrapedNamespaces,
  workloadName,
  workloadRef,
} from './monitoringChecks.helpers';
import { CheckContext, CheckOutcome, nameList, unreadable } from './types';

/** Why prometheus-operator objects are missing, as the start of an evidence sentence. */
function operatorAbsent(known: Known<unknown[]>, kind: string): string {
  return notInstalled(known)
    ? 'prometheus-operator is not installed (the monitoring.coreos.com API group is not served)'
    : `no monitoring.coreos.com ${kind} exists`;
}

const located = (o: NamedFact) =>
  o.namespace ? `${o.namespace}/${o.name}` : o.name;

/**
 * A prometheus-operator component, or the same server run from its image without the operator
 * (a warning: the other checks read the operator's objects only).
 */
function component(
  id: string,
  facts: ClusterFacts,
  known: Known<NamedFact[]>,
  kind: string,
  image: RegExp,
  consequence: string,
): CheckOutcome {
  if (!known.ok) return unreadable(id, `${kind} objects`, known);
  if (known.value.length > 0) {
    return {
      id,
      status: 'pass',
      evidence: `${kind} ${nameList(
        known.value.map(located),
      )} runs under prometheus-operator.`,
      objects: [],
    };
  }
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  const bare = facts.workloads.value.filter(w => runsImage(w, image));
  if (bare.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${kind} runs without prometheus-operator as ${nameList(
        bare.map(workloadName),
      )}; the scan reads monitors and alert rules from prometheus-operator objects only.`,
      objects: bare.map(workloadRef),
    };
  }
  return {
    id,
    status: 'fail',
    evidence: `No ${kind} runs: ${operatorAbsent(
      known,
      kind,
    )} and no workload runs the ${kind} image, so ${consequence}.`,
    objects: [],
  };
}

function kubeStateMetrics(facts: ClusterFacts): CheckOutcome {
  const id = 'monitoring-kube-state-metrics';
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  const found = facts.workloads.value.filter(w =>
    runsTool(w, KUBE_STATE_METRICS),
  );
  if (found.length === 0) {
    return {
      id,
      status: 'fail',
      evidence:
        'No kube-state-metrics workload runs, so there are no metrics for unavailable replicas, crash-looping pods, failed Jobs or NotReady nodes to alert on.',
      objects: [],
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `kube-state-metrics runs as ${nameList(
      found.map(workloadName),
    )}.`,
    objects: [],
  };
}

function namespacesScraped({ facts, namespaces }: CheckContext): CheckOutcome {
  const id = 'monitoring-workload-namespaces-scraped';
  if (!facts.namespaces.ok)
    return unreadable(id, 'Namespaces', facts.namespaces);
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  const monitors = facts.monitors;
  if (!monitors.ok)
    return unreadable(id, 'ServiceMonitors and PodMonitors', monitors);
  const workload = namespaces.filter(ns => ns.workload);
  if (workload.length === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: 'No workload namespaces were found.',
      objects: [],
    };
  }
  const scraped = scrapedNamespaces(monitors.value);
  const unscraped = workload.filter(
    ns => !scraped.all && !scraped.names.has(ns.name),
  );
  if (unscraped.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${workload.length} workload namespaces are scraped by a ServiceMonitor or PodMonitor.`,
      objects: [],
    };
  }
  // Namespaces running catalog components are the application layer; when no workload carries
  // the label, every workload namespace is.
  const labelled = workload.some(ns => ns.kubernetesIds.length > 0);
  const apps = unscraped.filter(ns => !labelled || ns.kubernetesIds.length > 0);
  const rest = unscraped.filter(ns => !apps.includes(ns));
  const why = notInstalled(monitors)
    ? ' (prometheus-operator is not installed)'
    : '';
  if (apps.length > 0) {
    const also =
      rest.length > 0
        ? ` ${rest.length} more without catalog components are unscraped too.`
        : '';
    return {
      id,
      status: 'fail',
      evidence: `${apps.length} of ${
        workload.length
      } workload namespaces are selected by no ServiceMonitor or PodMonitor${why}, so their application metrics are not collected: ${nameList(
        apps.map(ns => ns.name),
      )}.${also}`,
      objects: unscraped.map(ns => ({ kind: 'Namespace', name: ns.name })),
    };
  }
  return {
    id,
    status: 'warn',
    evidence: `Every namespace running catalog components is scraped, but ${
      rest.length
    } other workload namespace(s) are selected by no ServiceMonitor or PodMonitor: ${nameList(
      rest.map(ns => ns.name),
    )}.`,
    objects: rest.map(ns => ({ kind: 'Namespace', name: ns.name })),
  };
}

function logShipping(facts: ClusterFacts): CheckOutcome {
  const id = 'monitoring-log-shipping';
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  const agents = facts.workloads.value.flatMap(w => {
    const tool =
      w.kind === 'DaemonSet' ? LOG_AGENTS.find(t => runsTool(w, t)) : undefined;
    return tool ? [`${w.namespace}/${w.name} (${tool.name})`] : [];
  });
  if (agents.length === 0) {
    return {
      id,
      status: 'fail',
      evidence: `No log-shipping agent (${LOG_AGENTS.map(t => t.name).join(
        ', ',
      )}) runs as a DaemonSet, so a node's container logs are lost with the node.`,
      objects: [],
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `Logs are shipped by the DaemonSet(s) ${nameList(agents)}.`,
    objects: [],
  };
}

/** The alerts, or the outcome that stops an alert check from judging them. */
export function alertsOrOutcome(
  id: string,
  facts: ClusterFacts,
): AlertRuleFact[] | CheckOutcome {
  const known = facts.alertRules;
  if (!known.ok) return unreadable(id, 'PrometheusRules', known);
  if (known.value.length > 0) return known.value;
  const absent = operatorAbsent(known, 'PrometheusRule');
  return {
    id,
    status: 'fail',
    evidence: `No alert is defined: ${absent}.`,
    objects: [],
  };
}

function userFacingAlerts(facts: ClusterFacts): CheckOutcome {
  const id = 'monitoring-user-facing-alerts';
  const alerts = alertsOrOutcome(id, facts);
  if (!Array.isArray(alerts)) return alerts;
  const userFacing = alerts.filter(isUserFacing);
  if (userFacing.length === 0) {
    return {
      id,
      status: 'fail',
      evidence: `All ${
        alerts.length
      } alerts watch infrastructure; none fires on error rate, latency or SLO burn, so users can be failing while nothing pages: ${nameList(
        alerts.map(a => a.alert),
      )}.`,
      objects: ruleRefs(alerts),
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `${userFacing.length} of ${
      alerts.length
    } alerts fire on user-visible pain: ${nameList(
      userFacing.map(alertName),
    )}.`,
    objects: [],
  };
}

function alertSeverity(facts: ClusterFacts): CheckOutcome {
  const id = 'monitoring-alert-severity';
  const alerts = alertsOrOutcome(id, facts);
  if (!Array.isArray(alerts)) return alerts;
  const unlabelled = alerts.filter(a => !a.labels.severity?.trim());
  if (unlabelled.length > 0) {
    return {
      id,
      status: 'fail',
      evidence: `${unlabelled.length} of ${
        alerts.length
      } alerts carry no severity label, so routing cannot tell a page from a ticket: ${nameList(
        unlabelled.map(alertName),
      )}.`,
      objects: ruleRefs(unlabelled),
    };
  }
  const counts = new Map<string, number>();
  alerts.forEach(a =>
    counts.set(a.labels.severity, (counts.get(a.labels.severity) ?? 0) + 1),
  );
  const summary = [...counts.entries()]
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  return {
    id,
    status: 'pass',
    evidence: `All ${alerts.length} alerts carry a severity label (${summary}).`,
    objects: [],
  };
}

/** Pillar 3, monitoring & alerting, decided from prometheus-operator objects and workloads. */
export function evaluateMonitoring(context: CheckContext): CheckOutcome[] {
  const { facts } = context;
  return [
    component(
      'monitoring-prometheus',
      facts,
      facts.prometheuses,
      'Prometheus',
      PROMETHEUS_IMAGE,
      'nothing collects metrics',
    ),
    kubeStateMetrics(facts),
    component(
      'monitoring-alertmanager',
      facts,
      facts.alertmanagers,
      'Alertmanager',
      ALERTMANAGER_IMAGE,
      'alerts that fire reach no one',
    ),
    namespacesScraped(context),
    logShipping(facts),
    userFacingAlerts(facts),
    alertSeverity(facts),
  ];
}
