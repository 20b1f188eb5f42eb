import {
  CheckResult,
  IgnoredDeclaration,
  ObjectRef,
  checkDefinition,
} from '@readiness/plugin-readiness-common';
import { EXEMPT_ANNOTATION_PREFIX } from '../collect/facts';
import { isIsoDay } from './isoDay';

/** An accepted failure, from config or an object annotation. */
export interface Exemption {
  check: string;
  /** Limits the exemption to one cluster; all clusters when absent. */
  cluster?: string;
  /** Limits it to objects in (or being) this namespace. */
  namespace?: string;
  /** Limits it to one object. */
  object?: { kind: string; name: string };
  reason: string;
  by?: string;
  /** Required: an exemption without an end is a permanent blind spot. ISO date. */
  expires: string;
}

function covers(exemption: Exemption, object: ObjectRef): boolean {
  if (exemption.object) {
    return (
      exemption.object.kind === object.kind &&
      exemption.object.name === object.name &&
      (!exemption.namespace || exemption.namespace === object.namespace)
    );
  }
  if (exemption.namespace) {
    return (
      object.namespace === exemption.namespace ||
      (object.kind === 'Namespace' && object.name === exemption.namespace)
    );
  }
  return true;
}

function scopeOf(e: Exemption): string {
  if (e.object)
    return `${e.object.kind} ${e.namespace ? `${e.namespace}/` : ''}${
      e.object.name
    }`;
  if (e.namespace) return `namespace ${e.namespace}`;
  return 'whole check';
}

/**
 * Marks failures as exempted when live exemptions cover every object they name. A partly covered
 * failure stays a failure, naming only what is left. Exempted checks stay in the report.
 */
export function applyExemptions(
  checks: CheckResult[],
  exemptions: readonly Exemption[],
  cluster: string,
  now: Date,
): CheckResult[] {
  return checks.map(check => {
    if (check.status !== 'fail') return check;
    const live = exemptions.filter(
      e =>
        e.check === check.id &&
        (!e.cluster || e.cluster === cluster) &&
        Date.parse(e.expires) >= now.getTime(),
    );
    if (live.length === 0) return check;
    const whole = live.find(e => !e.namespace && !e.object);
    const remaining = whole
      ? []
      : check.objects.filter(o => !live.some(e => covers(e, o)));
    if (remaining.length === check.objects.length && !whole) return check;
    if (remaining.length > 0) {
      return {
        ...check,
        objects: remaining,
        evidence: `${check.evidence} (${
          check.objects.length - remaining.length
        } exempted)`,
      };
    }
    const used = whole ?? live[0];
    return {
      ...check,
      status: 'exempted',
      exemption: {
        reason: used.reason,
        by: used.by ?? null,
        expires: used.expires,
        scope: scopeOf(used),
      },
    };
  });
}

const FORMAT = '"<reason>; expires=YYYY-MM-DD[; by=<who>]"';

/** An object that may carry exemption annotations: a Namespace, or a workload in one. */
export interface AnnotatedObject {
  kind: string;
  /** The workload's namespace; absent for a Namespace. */
  namespace?: string;
  name: string;
  annotations: Record<string, string>;
}

/** What exemption annotations declare: the ones applied, and the rest with why. */
export interface AnnotatedExemptions {
  exemptions: Exemption[];
  ignored: IgnoredDeclaration[];
}

/** The annotation's expiry when it can be applied, or why it cannot. */
function checkedExpiry(
  check: string,
  reason: string,
  expires: string | undefined,
  now: Date,
): { expires: string } | { problem: string } {
  if (!checkDefinition(check)) {
    return { problem: `no check has the id "${check}"` };
  }
  if (!reason) return { problem: `no reason: write ${FORMAT}` };
  if (expires === undefined) {
    return {
      problem: `no expiry: an exemption without an end is a permanent blind spot; write ${FORMAT}`,
    };
  }
  if (!isIsoDay(expires)) {
    return { problem: `expires=${expires} is not a date like 2027-03-31` };
  }
  // The same cut-off as applyExemptions uses for exemptions from config and the API.
  if (Date.parse(expires) < now.getTime()) {
    return {
      problem: `expired on ${expires}: renew it with a new date, or remove it`,
    };
  }
  return { expires };
}

/** What an annotation on `object` exempts: the namespace it is, or the workload itself. */
function scopeOn(
  object: AnnotatedObject,
): Pick<Exemption, 'namespace' | 'object'> {
  if (object.kind === 'Namespace' || object.namespace === undefined) {
    return { namespace: object.name };
  }
  return {
    namespace: object.namespace,
    object: { kind: object.kind, name: object.name },
  };
}

/**
 * Exemptions declared on the objects themselves:
 * `readiness.dev/exempt.<check-id>: "<reason>; expires=YYYY-MM-DD[; by=<who>]"` on a Namespace
 * exempts that namespace from the check, and on a Deployment, StatefulSet or DaemonSet exempts
 * that workload. An annotation that cannot be applied (an unknown check, no reason, no or a
 * malformed expiry, an expired one) is listed with why instead: without an expiry an exemption
 * would be a permanent blind spot, and a silent skip would leave its author believing the check
 * was settled.
 */
export function exemptionsFromAnnotations(
  objects: ReadonlyArray<AnnotatedObject>,
  now: Date,
): AnnotatedExemptions {
  const exemptions: Exemption[] = [];
  const ignored: IgnoredDeclaration[] = [];
  for (const object of objects) {
    for (const [key, value] of Object.entries(object.annotations)) {
      if (!key.startsWith(EXEMPT_ANNOTATION_PREFIX)) continue;
      const check = key.slice(EXEMPT_ANNOTATION_PREFIX.length);
      const [reason, ...fields] = value.split(';').map(part => part.trim());
      const attributes = new Map(
        fields.map(field => {
          const at = field.indexOf('=');
          return at < 0
            ? [field, '']
            : [field.slice(0, at).trim(), field.slice(at + 1).trim()];
        }),
      );
      const checked = checkedExpiry(
        check,
        reason,
        attributes.get('expires'),
        now,
      );
      if ('problem' in checked) {
        ignored.push({
          object:
            object.namespace === undefined
              ? `${object.kind} ${object.name}`
              : `${object.kind} ${object.namespace}/${object.name}`,
          annotation: key,
          reason: checked.problem,
        });
        continue;
      }
      const by = attributes.get('by');
      exemptions.push({
        check,
        ...scopeOn(object),
        reason,
        expires: checked.expires,
        ...(by ? { by } : {}),
      });
    }
  }
  return { exemptions, ignored };
}
