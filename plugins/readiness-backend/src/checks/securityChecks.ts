import { PodFact } from '../collect/facts';
import { EMPTY_STRINGS } from '../collect/intern';
import { podWorkloadRef } from './podWorkloads';
import {
  Finding,
  FindingGroups,
  VULNERABILITY_REPORT_MAX_AGE_DAYS,
  ageDays,
  describeFinding,
  digestShare,
  freshReports,
  groupFindings,
  ImageUse,
  hostAccessGaps,
  imageUses,
  inlineSecretNames,
  isMutableImage,
} from './securityChecks.helpers';
import {
  CheckContext,
  CheckOutcome,
  nameList,
  nameListOf,
  needsAttestation,
  unreadable,
} from './types';

/** Pass when nothing was found, else fail naming each workload and what is wrong with it. */
function verdict(
  id: string,
  grouped: Finding[],
  pass: string,
  fail: (count: number) => string,
): CheckOutcome {
  if (grouped.length === 0)
    return { id, status: 'pass', evidence: pass, objects: [] };
  // As failure() words it, describing only the findings the evidence shows: a check may fail
  // tens of thousands of workloads.
  return {
    id,
    status: 'fail',
    evidence: `${fail(grouped.length)}: ${nameListOf(
      grouped,
      describeFinding,
    )}.`,
    objects: grouped.map(f => f.ref),
  };
}

/**
 * Findings for the tenant pods with gaps, merged per workload; or the unknown outcome when pods
 * could not be read.
 */
function podFindings(
  id: string,
  { facts, settings }: CheckContext,
  gaps: (pod: PodFact) => readonly string[],
): Finding[] | CheckOutcome {
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  const workloads = facts.workloads.ok ? facts.workloads.value : [];
  const system = settings.systemNamespaces;
  // Merged as they are found: one finding per workload, none per pod of a hundred thousand.
  const findings = new FindingGroups();
  const pods = facts.pods.value;
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    if (system.has(pod.namespace)) continue;
    const details = gaps(pod);
    if (details.length > 0)
      findings.add(podWorkloadRef(pod, workloads), details);
  }
  return findings.findings();
}

/** Image uses, computed once for the checks that read them; null when pods or workloads are unknown. */
type ImageUses = () => ImageUse[] | null;

function imageUsesOnce({ facts, settings }: CheckContext): ImageUses {
  let uses: ImageUse[] | null | undefined;
  return () => {
    if (uses === undefined) {
      uses =
        facts.pods.ok && facts.workloads.ok
          ? imageUses(
              facts.pods.value,
              facts.workloads.value,
              settings.systemNamespaces,
            )
          : null;
    }
    return uses;
  };
}

function privileged(context: CheckContext): CheckOutcome {
  const id = 'security-no-privileged-pods';
  const findings = podFindings(id, context, hostAccessGaps);
  if (!Array.isArray(findings)) return findings;
  return verdict(
    id,
    findings,
    'No pod outside system namespaces runs privileged, adds capabilities beyond Pod Security baseline, or uses the host network, PID or IPC namespace or a hostPath volume.',
    n =>
      `${n} workload(s) outside system namespaces run privileged or reach into the node, so one compromised container owns the node`,
  );
}

function nonRoot(context: CheckContext): CheckOutcome {
  const id = 'security-non-root-containers';
  const findings = podFindings(id, context, pod => {
    let details: string[] | undefined;
    const containers = pod.containers;
    for (let i = 0; i < containers.length; i++) {
      if (!containers[i].runsAsNonRoot)
        (details ??= []).push(`${containers[i].name} may run as root`);
    }
    return details ?? EMPTY_STRINGS;
  });
  if (!Array.isArray(findings)) return findings;
  return verdict(
    id,
    findings,
    'Every container outside system namespaces sets runAsNonRoot or a non-zero runAsUser.',
    n =>
      `${n} workload(s) outside system namespaces set neither runAsNonRoot nor a non-zero runAsUser`,
  );
}

function pinnedTags(
  { facts }: CheckContext,
  imageUsed: ImageUses,
): CheckOutcome {
  const id = 'security-pinned-image-tags';
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  const uses = imageUsed()!;
  const share = digestShare(uses);
  return verdict(
    id,
    groupFindings(
      uses
        .filter(u => isMutableImage(u.image))
        .map(u => ({ ref: u.ref, details: [u.image] })),
    ),
    `Every image outside system namespaces carries a fixed tag or a digest; ${share}.`,
    n =>
      `${n} workload(s) run :latest or untagged images, so what runs changes with every push (${share})`,
  );
}

function inlineSecrets(context: CheckContext): CheckOutcome {
  const id = 'security-no-inline-secrets';
  const findings = podFindings(id, context, inlineSecretNames);
  if (!Array.isArray(findings)) return findings;
  return verdict(
    id,
    findings,
    'No container outside system namespaces has a secret-looking env var with an inline value.',
    n =>
      `${n} workload(s) carry secrets inline in env values, readable by anyone who can read the pod spec or its Git history`,
  );
}

function signatures(
  { facts }: CheckContext,
  imageUsed: ImageUses,
): CheckOutcome {
  const id = 'security-image-signatures-verified';
  if (!facts.admissionPolicies.ok)
    return unreadable(id, 'Admission policies', facts.admissionPolicies);
  const verifying = facts.admissionPolicies.value.filter(p => p.verifiesImages);
  const enforcing = verifying.filter(p => p.enforcing);
  const uses = imageUsed();
  const share = uses
    ? ` ${digestShare(uses).replace(/^./, c => c.toUpperCase())}.`
    : '';
  const one = (list: unknown[], singular: string, plural: string) =>
    list.length === 1 ? singular : plural;
  if (enforcing.length > 0) {
    const names = nameList(enforcing.map(p => `${p.kind} ${p.name}`));
    const rules = nameList(enforcing.flatMap(p => p.rules));
    return {
      id,
      status: 'pass',
      evidence: `${names} ${one(
        enforcing,
        'verifies',
        'verify',
      )} image signatures and ${one(
        enforcing,
        'rejects',
        'reject',
      )} what fails (rules: ${rules}).${share}`,
      objects: [],
    };
  }
  const found =
    verifying.length > 0
      ? `${nameList(verifying.map(p => p.name))} ${one(
          verifying,
          'verifies',
          'verify',
        )} image signatures in Audit mode only, so unsigned images still run.`
      : 'No Kyverno policy verifies image signatures (verifyImages), so any image that can be pulled can run.';
  return {
    id,
    status: 'fail',
    evidence: `${found}${share} Sigstore policy-controller ClusterImagePolicies are not read by this version; if they guard the cluster, record an exemption.`,
    objects: verifying.map(p => ({ kind: p.kind, name: p.name })),
  };
}

function secretsManager({ facts }: CheckContext): CheckOutcome {
  const id = 'security-external-secrets-manager';
  const known = facts.externalSecrets;
  if (!known.ok) return unreadable(id, 'ExternalSecrets', known);
  const handWritten =
    'so Secrets are written by hand or from Git rather than synced from a secrets manager';
  if (known.installed === false || known.value.length === 0) {
    const absent =
      known.installed === false
        ? 'External Secrets Operator is not installed (the external-secrets.io API group is not served)'
        : 'No ExternalSecret exists';
    return {
      id,
      status: 'fail',
      evidence: `${absent}, ${handWritten}.`,
      objects: [],
    };
  }
  const namespaces = [
    ...new Set(known.value.map(e => e.namespace ?? '')),
  ].sort();
  return {
    id,
    status: 'pass',
    evidence: `${known.value.length} ExternalSecret(s) in ${
      namespaces.length
    } namespace(s) sync from an external secrets manager: ${nameList(
      namespaces,
    )}.`,
    objects: [],
  };
}

function scanning({ facts, now, settings }: CheckContext): CheckOutcome {
  const id = 'security-vulnerability-scanning';
  const known = facts.vulnerabilityReports;
  if (!known.ok) return unreadable(id, 'VulnerabilityReports', known);
  if (known.installed === false) {
    return {
      id,
      status: 'fail',
      evidence:
        'Trivy Operator is not installed (the aquasecurity.github.io API group is not served), so nobody learns of a CVE in a running image.',
      objects: [],
    };
  }
  if (known.value.length === 0) {
    return {
      id,
      status: 'fail',
      evidence:
        'No VulnerabilityReport exists: no running image has been scanned.',
      objects: [],
    };
  }
  const days = VULNERABILITY_REPORT_MAX_AGE_DAYS;
  const fresh = freshReports(known.value, now);
  if (fresh.length === 0) {
    const ages = known.value.flatMap(r => ageDays(r.updatedAt, now) ?? []);
    const newest =
      ages.length > 0
        ? `the newest is ${Math.min(...ages)} days old`
        : 'none says when it was made';
    return {
      id,
      status: 'fail',
      evidence: `None of ${known.value.length} VulnerabilityReport(s) was updated in the last ${days} days (${newest}): the scanner has stopped.`,
      objects: [],
    };
  }
  const concerns: string[] = [];
  if (facts.pods.ok) {
    const scanned = new Set(fresh.map(r => r.namespace));
    const withPods = new Set<string>();
    for (const p of facts.pods.value)
      if (!settings.systemNamespaces.has(p.namespace))
        withPods.add(p.namespace);
    const unscanned = [...withPods].filter(ns => !scanned.has(ns)).sort();
    if (unscanned.length > 0) {
      concerns.push(
        `${
          unscanned.length
        } namespace(s) with pods have no fresh report: ${nameList(unscanned)}`,
      );
    }
  }
  const critical = fresh.filter(r => r.critical > 0);
  if (critical.length > 0) {
    const named = critical.map(
      r => `${r.namespace}/${r.name} (${r.critical} critical)`,
    );
    concerns.push(
      `${critical.length} report(s) list critical vulnerabilities: ${nameList(
        named,
      )}`,
    );
  }
  const summary = `${fresh.length} of ${known.value.length} VulnerabilityReport(s) were updated in the last ${days} days`;
  if (concerns.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `${summary}, covering every namespace with pods; none lists a critical vulnerability.`,
      objects: [],
    };
  }
  // A scanner that runs is the practice this check asks for; what it finds is shown, not failed.
  return {
    id,
    status: 'warn',
    evidence: `${summary}, but ${concerns.join('; and ')}.`,
    objects: critical.map(r => ({
      kind: 'VulnerabilityReport',
      namespace: r.namespace,
      name: r.name,
    })),
  };
}

/** Pillar 8, security hardening: what runs, as whom, from which images, with which secrets. */
export function evaluateSecurity(context: CheckContext): CheckOutcome[] {
  const imageUsed = imageUsesOnce(context);
  return [
    privileged(context),
    nonRoot(context),
    pinnedTags(context, imageUsed),
    inlineSecrets(context),
    signatures(context, imageUsed),
    secretsManager(context),
    scanning(context),
    needsAttestation(
      'security-audit-logs-attested',
      'API server audit logs shipped to a SIEM',
    ),
  ];
}
