import { ObjectRef } from '@readiness/plugin-readiness-common';
import {
  PodFact,
  VulnerabilityReportFact,
  WorkloadFact,
} from '../collect/facts';
import { CheckOutcome, nameList } from './types';

/**
 * Capabilities the Pod Security `baseline` profile lets a container add. Anything beyond them
 * (NET_ADMIN, SYS_ADMIN, SYS_PTRACE, ALL, ...) reaches into the node.
 */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/**
 * A VulnerabilityReport counts as fresh when updated within this many days. Trivy Operator
 * rescans daily by default, so a week without an update means the scanner has stopped.
 */
export const VULNERABILITY_REPORT_MAX_AGE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Something a check found wrong, tied to the workload it belongs to. */
export interface Finding {
  ref: ObjectRef;
  details: string[];
}

export const refLabel = (ref: ObjectRef) =>
  ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;

const refKey = (ref: ObjectRef) =>
  `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;

// Deployments by `namespace/name`, built once per workloads array: looking each pod's owner up
// by scanning every workload made the security checks quadratic (100,000 pods x 30,000
// Deployments: 23 s of a scan). Facts are never mutated once collected.
const deploymentIndex = new WeakMap<
  readonly WorkloadFact[],
  Map<string, WorkloadFact>
>();

function deploymentsOf(
  workloads: readonly WorkloadFact[],
): Map<string, WorkloadFact> {
  let index = deploymentIndex.get(workloads);
  if (!index) {
    index = new Map();
    for (const w of workloads) {
      const key = `${w.namespace}/${w.name}`;
      if (w.kind === 'Deployment' && !index.has(key)) index.set(key, w);
    }
    deploymentIndex.set(workloads, index);
  }
  return index;
}

/**
 * The workload a pod belongs to: its Deployment (through the ReplicaSet), StatefulSet, DaemonSet
 * or Job, or the pod itself. Findings name workloads because pod names change on every rollout,
 * and an exemption on a pod name would lapse with the next deploy.
 */
export function podWorkload(
  pod: PodFact,
  workloads: readonly WorkloadFact[],
): ObjectRef {
  const { namespace, ownerKind, ownerName } = pod;
  if (!ownerKind || !ownerName)
    return { kind: 'Pod', namespace, name: pod.name };
  if (ownerKind === 'ReplicaSet') {
    // A ReplicaSet is named `<deployment>-<pod-template-hash>` and the hash has no '-'.
    const dash = ownerName.lastIndexOf('-');
    const deployment =
      dash > 0
        ? deploymentsOf(workloads).get(
            `${namespace}/${ownerName.slice(0, dash)}`,
          )
        : undefined;
    // Without the Deployment, strip the pod-template-hash the ReplicaSet name ends with.
    const name = deployment?.name ?? ownerName.replace(/-[a-z0-9]{5,10}$/, '');
    return { kind: 'Deployment', namespace, name };
  }
  if (ownerKind === 'Node') return { kind: 'Pod', namespace, name: pod.name };
  return { kind: ownerKind, namespace, name: ownerName };
}

/** Merges findings about the same workload (its pods repeat the same gaps) into one. */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const byRef = new Map<string, Finding>();
  for (const finding of findings) {
    const key = refKey(finding.ref);
    const seen = byRef.get(key);
    if (seen) {
      for (const d of finding.details)
        if (!seen.details.includes(d)) seen.details.push(d);
    } else {
      byRef.set(key, { ref: finding.ref, details: [...finding.details] });
    }
  }
  return [...byRef.values()];
}

/** A failing outcome: the sentence, then the offenders by name (capped by nameList). */
export function failure(
  id: string,
  sentence: string,
  named: readonly string[],
  objects: ObjectRef[],
): CheckOutcome {
  return {
    id,
    status: 'fail',
    evidence: `${sentence}: ${nameList([...named])}.`,
    objects,
  };
}

/** "ns/name (detail, detail)" for evidence sentences. */
export function describeFinding(finding: Finding): string {
  return finding.details.length > 0
    ? `${refLabel(finding.ref)} (${finding.details.join(', ')})`
    : refLabel(finding.ref);
}

/**
 * Env names whose inline value is a file path, not a secret: `DB_PASSWORD_FILE=/run/secrets/db`
 * is the pattern to encourage. (A cloud key file path is the identity pillar's concern.)
 */
const PATH_VALUED_ENV =
  /(_FILE|_PATH|_DIR|_FILENAME)$|^GOOGLE_APPLICATION_CREDENTIALS$/;

/** Secret-looking env names a container sets inline, leaving out those that hold file paths. */
export function inlineSecretNames(pod: PodFact): string[] {
  return pod.containers.flatMap(c =>
    c.inlineSecretEnv.filter(name => !PATH_VALUED_ENV.test(name)),
  );
}

/** Pods outside the system namespaces: the tenants the security checks judge. */
export function tenantPods(
  pods: readonly PodFact[],
  system: ReadonlySet<string>,
): PodFact[] {
  return pods.filter(p => !system.has(p.namespace));
}

/** What a pod does that Pod Security baseline forbids: privileged, extra capabilities, host access. */
export function hostAccessGaps(pod: PodFact): string[] {
  const gaps: string[] = [];
  for (const c of pod.containers) {
    if (c.privileged) gaps.push(`privileged container ${c.name}`);
    const extra = c.addedCapabilities
      .map(cap => cap.toUpperCase().replace(/^CAP_/, ''))
      .filter(cap => !BASELINE_CAPABILITIES.has(cap));
    if (extra.length > 0) gaps.push(`adds ${extra.join(', ')} to ${c.name}`);
  }
  if (pod.hostNetwork) gaps.push('hostNetwork');
  if (pod.hostPID) gaps.push('hostPID');
  if (pod.hostIPC) gaps.push('hostIPC');
  for (const volume of pod.hostPathVolumes)
    gaps.push(`hostPath volume ${volume}`);
  return gaps;
}

/** An image reference split into what pins it. */
export interface ImageRef {
  tag: string | null;
  digest: boolean;
}

/**
 * Parses `registry:5000/team/app:1.2@sha256:...`. The tag is what follows the last colon of the
 * last path segment, so a registry port is never mistaken for a tag.
 */
export function parseImage(image: string): ImageRef {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  return {
    tag: colon >= 0 ? lastSegment.slice(colon + 1) || null : null,
    digest: at >= 0 && /^sha\d+:/.test(image.slice(at + 1)),
  };
}

/** `:latest` or no tag at all, and no digest: what runs changes whenever someone pushes. */
export function isMutableImage(image: string): boolean {
  const ref = parseImage(image);
  return !ref.digest && (ref.tag === null || ref.tag === 'latest');
}

/** One image as used by one workload. */
export interface ImageUse {
  image: string;
  ref: ObjectRef;
}

/**
 * Images in use outside system namespaces, from workload templates and from running pods (which
 * also catches bare pods and Jobs), one entry per image and workload.
 */
export function imageUses(
  pods: readonly PodFact[],
  workloads: readonly WorkloadFact[],
  system: ReadonlySet<string>,
): ImageUse[] {
  const uses = new Map<string, ImageUse>();
  const add = (image: string, ref: ObjectRef) => {
    if (image) uses.set(`${refKey(ref)}|${image}`, { image, ref });
  };
  for (const w of workloads) {
    if (!system.has(w.namespace)) {
      for (const image of w.images)
        add(image, { kind: w.kind, namespace: w.namespace, name: w.name });
    }
  }
  for (const pod of tenantPods(pods, system)) {
    for (const c of pod.containers) add(c.image, podWorkload(pod, workloads));
  }
  return [...uses.values()];
}

/** "7 of 9 images are pinned by digest", counting distinct image references. */
export function digestShare(uses: readonly ImageUse[]): string {
  const images = [...new Set(uses.map(u => u.image))];
  const pinned = images.filter(i => parseImage(i).digest).length;
  return `${pinned} of ${images.length} image(s) are pinned by digest`;
}

/** Whole days between an ISO time and now; null when the time is missing or unparseable. */
export function ageDays(iso: string | null, now: Date): number | null {
  const time = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(time)
    ? null
    : Math.floor((now.getTime() - time) / DAY_MS);
}

/** Reports updated within {@link VULNERABILITY_REPORT_MAX_AGE_DAYS} of now. */
export function freshReports(
  reports: readonly VulnerabilityReportFact[],
  now: Date,
): VulnerabilityReportFact[] {
  return reports.filter(r => {
    const age = ageDays(r.updatedAt, now);
    return age !== null && age <= VULNERABILITY_REPORT_MAX_AGE_DAYS;
  });
}
