import { CheckResult, ObjectRef } from '@readiness/plugin-readiness-common';

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

const EXEMPT_PREFIX = 'readiness.dev/exempt.';

/**
 * Exemptions declared on the objects themselves: a Namespace annotated
 * `readiness.dev/exempt.<check-id>: "<reason>; expires=YYYY-MM-DD[; by=<who>]"` exempts that
 * namespace from the check. Without an expiry the annotation is ignored: an exemption that never
 * ends is a permanent blind spot.
 */
export function exemptionsFromNamespaces(
  namespaces: ReadonlyArray<{
    name: string;
    annotations: Record<string, string>;
  }>,
): Exemption[] {
  const out: Exemption[] = [];
  for (const ns of namespaces) {
    for (const [key, value] of Object.entries(ns.annotations)) {
      if (!key.startsWith(EXEMPT_PREFIX)) continue;
      const [reason, ...fields] = value.split(';').map(part => part.trim());
      const attributes = Object.fromEntries(
        fields.map(f => f.split('=').map(x => x.trim()) as [string, string]),
      );
      if (!reason || !/^\d{4}-\d{2}-\d{2}$/.test(attributes.expires ?? ''))
        continue;
      out.push({
        check: key.slice(EXEMPT_PREFIX.length),
        namespace: ns.name,
        reason,
        expires: attributes.expires,
        ...(attributes.by ? { by: attributes.by } : {}),
      });
    }
  }
  return out;
}
