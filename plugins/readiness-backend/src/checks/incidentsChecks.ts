import { ChaosExperimentFact, ClusterFacts } from '../collect/facts';
import {
  describeAge,
  notInstalled,
  qualified,
  ref,
  timeOf,
} from './backupChecks.helpers';
import { alertsOrOutcome } from './monitoringChecks';
import {
  NODE_PROBLEM_DETECTOR,
  alertName,
  ruleRefs,
  runbookOf,
  runsTool,
  workloadName,
} from './monitoringChecks.helpers';
import {
  CheckContext,
  CheckOutcome,
  nameList,
  needsAttestation,
  unreadable,
} from './types';

/** Below full coverage but at least this share of alerts with a runbook warns instead of failing. */
export const RUNBOOK_WARN_SHARE = 0.9;

const DAY_MS = 24 * 60 * 60 * 1000;

const percent = (part: number, whole: number) =>
  `${Math.round((part / whole) * 100)}%`;

function alertRunbooks(facts: ClusterFacts): CheckOutcome {
  const id = 'incidents-alert-runbooks';
  const alerts = alertsOrOutcome(id, facts);
  if (!Array.isArray(alerts)) return alerts;
  const linked = alerts.filter(a => runbookOf(a) !== null);
  if (linked.length === 0) {
    return {
      id,
      status: 'fail',
      evidence: `None of the ${
        alerts.length
      } alerts has a runbook_url annotation, so whoever is paged starts from nothing: ${nameList(
        alerts.map(a => a.alert),
      )}.`,
      objects: ruleRefs(alerts),
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `${linked.length} of ${alerts.length} alerts (${percent(
      linked.length,
      alerts.length,
    )}) link a runbook.`,
    objects: [],
  };
}

function runbookCoverage(facts: ClusterFacts): CheckOutcome {
  const id = 'incidents-runbook-coverage';
  const alerts = alertsOrOutcome(id, facts);
  if (!Array.isArray(alerts)) return alerts;
  const missing = alerts.filter(a => runbookOf(a) === null);
  if (missing.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${alerts.length} alerts link a runbook.`,
      objects: [],
    };
  }
  const linked = alerts.length - missing.length;
  return {
    id,
    status: linked / alerts.length >= RUNBOOK_WARN_SHARE ? 'warn' : 'fail',
    evidence: `${linked} of ${alerts.length} alerts (${percent(
      linked,
      alerts.length,
    )}) link a runbook; ${missing.length} ${
      missing.length === 1 ? 'does' : 'do'
    } not: ${nameList(missing.map(alertName))}.`,
    objects: ruleRefs(missing),
  };
}

function nodeProblemDetector(facts: ClusterFacts): CheckOutcome {
  const id = 'incidents-node-problem-detector';
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  const found = facts.workloads.value.filter(
    w => w.kind === 'DaemonSet' && runsTool(w, NODE_PROBLEM_DETECTOR),
  );
  if (found.length > 0) {
    return {
      id,
      status: 'pass',
      evidence: `node-problem-detector runs as ${nameList(
        found.map(workloadName),
      )}.`,
      objects: [],
    };
  }
  if ((facts.server.provider ?? '').toLowerCase() === 'gke') {
    return {
      id,
      status: 'warn',
      evidence:
        'No node-problem-detector DaemonSet runs; GKE runs node-problem-detector as a service on its node images, which the scan cannot see.',
      objects: [],
    };
  }
  return {
    id,
    status: 'fail',
    evidence:
      'No node-problem-detector DaemonSet runs, so kernel deadlocks, read-only filesystems and container runtime hangs never show up as node conditions or events until pods fail.',
    objects: [],
  };
}

function chaosExperiments({
  facts,
  now,
  settings,
}: CheckContext): CheckOutcome {
  const id = 'incidents-chaos-experiments';
  const known = facts.chaosExperiments;
  if (!known.ok) return unreadable(id, 'Chaos experiments', known);
  if (notInstalled(known)) {
    return {
      id,
      status: 'fail',
      evidence:
        'Neither Chaos Mesh nor Litmus is installed (the chaos-mesh.org and litmuschaos.io API groups are not served), so failure handling is never rehearsed.',
      objects: [],
    };
  }
  const days = settings.chaosWithinDays;
  const ran = known.value
    .map(e => ({ e, at: timeOf(e.lastRunAt) }))
    .filter((x): x is { e: ChaosExperimentFact; at: number } => x.at !== null)
    .sort((a, b) => b.at - a.at);
  const describe = ({ e, at }: { e: ChaosExperimentFact; at: number }) =>
    `${e.kind} ${qualified(e)} (${describeAge(now.getTime() - at)} ago)`;
  const recent = ran.filter(x => now.getTime() - x.at <= days * DAY_MS);
  if (recent.length > 0) {
    return {
      id,
      status: 'pass',
      evidence: `${
        recent.length
      } chaos experiment(s) ran within ${days} days: ${nameList(
        recent.map(describe),
      )}.`,
      objects: [],
    };
  }
  if (ran.length > 0) {
    return {
      id,
      status: 'fail',
      evidence: `No chaos experiment ran within ${days} days; the latest was ${describe(
        ran[0],
      )}.`,
      objects: [ref(ran[0].e.kind)(ran[0].e)],
    };
  }
  return {
    id,
    status: 'fail',
    evidence:
      'No chaos experiment (Chaos Mesh Schedule or PodChaos, Litmus ChaosResult) was found, so failure handling is never rehearsed.',
    objects: [],
  };
}

/** Pillar 9, incident response, decided from alert runbooks, node fault detection and chaos practice. */
export function evaluateIncidents(context: CheckContext): CheckOutcome[] {
  const { facts } = context;
  return [
    alertRunbooks(facts),
    runbookCoverage(facts),
    nodeProblemDetector(facts),
    chaosExperiments(context),
    needsAttestation(
      'incidents-on-call-rotation',
      'An on-call rotation with escalation (and PagerDuty or Opsgenie ownership of the services)',
    ),
    needsAttestation(
      'incidents-postmortems',
      'Written postmortems with shipped action items',
    ),
    needsAttestation(
      'incidents-game-days',
      'A game day within the last quarter',
    ),
  ];
}
