import { KubeObject } from '../../kube/types';
import {
  AlertRuleFact,
  BackupFact,
  BackupScheduleFact,
  BackupStorageLocationFact,
  CertificateFact,
  ChaosExperimentFact,
  MonitorFact,
  NamedFact,
  PolicyFact,
  RestoreFact,
  VulnerabilityReportFact,
} from '../facts';
import { FactInterner } from '../intern';
import {
  array,
  conditionTrue,
  meta,
  namespacedMeta,
  record,
  str,
  stringMap,
} from './util';

/** Any object reduced to where it lives: for "is the tool there" facts. */
export function toNamedFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): NamedFact | undefined {
  const m = meta(object, intern);
  return m && { namespace: m.namespace || null, name: m.name };
}

/**
 * A namespaced object as a fact: where it lives, then the rest as `fields` reads it. Undefined
 * for an object without a name or namespace (`fields` is then not called).
 */
function namespacedFact<T extends object>(
  object: KubeObject,
  fields: (object: KubeObject) => T,
  intern: FactInterner = new FactInterner(),
): ({ namespace: string; name: string } & T) | undefined {
  const m = namespacedMeta(object, intern);
  return m && { namespace: m.namespace, name: m.name, ...fields(object) };
}

export function toBackupScheduleFact(
  object: KubeObject,
): BackupScheduleFact | undefined {
  return namespacedFact(object, o => {
    const spec = record(o.spec);
    return { schedule: str(spec.schedule), paused: spec.paused === true };
  });
}

export function toBackupFact(object: KubeObject): BackupFact | undefined {
  return namespacedFact(object, o => {
    const status = record(o.status);
    return {
      phase: str(status.phase),
      completedAt: str(status.completionTimestamp),
    };
  });
}

export function toRestoreFact(object: KubeObject): RestoreFact | undefined {
  return toBackupFact(object) as RestoreFact | undefined;
}

export function toBackupStorageLocationFact(
  object: KubeObject,
): BackupStorageLocationFact | undefined {
  return namespacedFact(object, o => {
    const spec = record(o.spec);
    return {
      phase: str(record(o.status).phase),
      region: str(record(spec.config).region),
      provider: str(spec.provider),
    };
  });
}

function monitoredNamespaces(any: boolean, names: string[]): string[] | null {
  if (any) return ['*'];
  return names.length > 0 ? names : null;
}

export function toMonitorFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): MonitorFact | undefined {
  return namespacedFact(
    object,
    o => {
      const selector = record(record(o.spec).namespaceSelector);
      const names = array(selector.matchNames).filter(
        (x): x is string => typeof x === 'string',
      );
      return {
        kind: o.kind === 'PodMonitor' ? 'PodMonitor' : 'ServiceMonitor',
        namespaces: monitoredNamespaces(selector.any === true, names),
      };
    },
    intern,
  );
}

/** One PrometheusRule holds many alerts: each becomes a fact (recording rules are skipped). */
export function toAlertRuleFacts(
  object: KubeObject,
): AlertRuleFact[] | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  return array(record(object.spec).groups).flatMap(group =>
    array(record(group).rules)
      .map(record)
      .filter(rule => typeof rule.alert === 'string')
      .map(rule => ({
        namespace: m.namespace,
        name: m.name,
        alert: String(rule.alert),
        expr: String(rule.expr ?? ''),
        labels: stringMap(rule.labels),
        annotations: stringMap(rule.annotations),
      })),
  );
}

export function toCertificateFact(
  object: KubeObject,
): CertificateFact | undefined {
  return namespacedFact(object, o => {
    const status = record(o.status);
    return {
      notAfter: str(status.notAfter),
      ready: conditionTrue(status, 'Ready'),
      dnsNames: array(record(o.spec).dnsNames).filter(
        (x): x is string => typeof x === 'string',
      ),
    };
  });
}

/** Kyverno ClusterPolicies and ValidatingAdmissionPolicyBindings, as enforcing or not. */
export function toPolicyFact(object: KubeObject): PolicyFact | undefined {
  const m = meta(object);
  if (!m) return undefined;
  const spec = record(object.spec);
  if (object.kind === 'ValidatingAdmissionPolicyBinding') {
    const actions = array(spec.validationActions);
    return {
      namespace: null,
      name: m.name,
      kind: 'ValidatingAdmissionPolicyBinding',
      enforcing: actions.includes('Deny'),
      verifiesImages: false,
      rules: [str(spec.policyName) ?? m.name],
    };
  }
  const rules = array(spec.rules).map(record);
  // Kyverno 1.13+ moved the action onto each rule; older policies set it once on the spec.
  const specAction = String(spec.validationFailureAction ?? 'Audit');
  const ruleActions = rules.map(r =>
    String(record(r.validate).failureAction ?? specAction),
  );
  return {
    namespace: m.namespace || null,
    name: m.name,
    kind: String(object.kind ?? 'ClusterPolicy'),
    enforcing: (ruleActions.length > 0 ? ruleActions : [specAction]).some(a =>
      /^enforce$/i.test(a),
    ),
    verifiesImages: rules.some(r => array(r.verifyImages).length > 0),
    rules: rules.map(r => String(r.name ?? '')).filter(Boolean),
  };
}

export function toVulnerabilityReportFact(
  object: KubeObject,
): VulnerabilityReportFact | undefined {
  return namespacedFact(object, o => {
    const report = record(o.report);
    const summary = record(report.summary);
    return {
      updatedAt:
        str(report.updateTimestamp) ??
        str(record(o.metadata).creationTimestamp),
      critical: Number(summary.criticalCount ?? 0) || 0,
      high: Number(summary.highCount ?? 0) || 0,
    };
  });
}

/** Chaos Mesh and Litmus experiments, with when they last ran as far as the object says. */
export function toChaosExperimentFact(
  object: KubeObject,
): ChaosExperimentFact | undefined {
  return namespacedFact(object, o => {
    const status = record(o.status);
    const records = array(record(status.experiment).containerRecords).map(
      record,
    );
    const lastRunAt =
      str(status.lastScheduleTime) ??
      str(
        records
          .map(r =>
            array(r.events)
              .map(record)
              .map(e => str(e.timestamp))
              .pop(),
          )
          .pop(),
      ) ??
      str(record(o.metadata).creationTimestamp);
    return { kind: String(o.kind ?? ''), lastRunAt };
  });
}
