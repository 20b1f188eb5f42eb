import { ObjectRef } from '@readiness/plugin-readiness-common';
import {
  PodFact,
  VulnerabilityReportFact,
  WorkloadFact,
} from '../collect/facts';
import { EMPTY_STRINGS } from '../collect/intern';
import { WorkloadRef, podWorkloadRef, refKey } from './podWorkloads';
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

/**
 * {@link groupFindings} as the findings are made: a check over a hundred thousand pods keeps one
 * finding per workload, not one per pod. A workload's first details are kept as they are, later
 * ones are added when new, in the order they come.
 */
export class FindingGroups {
  readonly #byKey = new Map<string, Finding>();

  add(workload: WorkloadRef, details: readonly string[]): void {
    const seen = this.#byKey.get(workload.key);
    if (seen) {
      for (const d of details)
        if (!seen.details.includes(d)) seen.details.push(d);
    } else {
      this.#byKey.set(workload.key, {
        ref: workload.ref,
        details: [...details],
      });
    }
  }

  /** The workloads' findings, in the order each was first added. */
  findings(): Finding[] {
    return [...this.#byKey.values()];
  }
}

/** Merges findings about the same workload (its pods repeat the same gaps) into one. */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const groups = new FindingGroups();
  for (const finding of findings)
    groups.add({ ref: finding.ref, key: refKey(finding.ref) }, finding.details);
  return groups.findings();
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
export function inlineSecretNames(pod: PodFact): readonly string[] {
  let names: string[] | undefined;
  // Indexed loops here and in the other per-pod helpers: for...of makes an iterator and a
  // result object per step, garbage by the megabyte over a hundred thousand pods.
  const containers = pod.containers;
  for (let i = 0; i < containers.length; i++) {
    const env = containers[i].inlineSecretEnv;
    for (let j = 0; j < env.length; j++)
      if (!PATH_VALUED_ENV.test(env[j])) (names ??= []).push(env[j]);
  }
  // Most pods have none: they share one empty list rather than each making its own.
  return names ?? EMPTY_STRINGS;
}

/** What a pod does that Pod Security baseline forbids: privileged, extra capabilities, host access. */
export function hostAccessGaps(pod: PodFact): readonly string[] {
  let gaps: string[] | undefined;
  const containers = pod.containers;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    if (c.privileged) (gaps ??= []).push(`privileged container ${c.name}`);
    if (c.addedCapabilities.length === 0) continue;
    const extra = c.addedCapabilities
      .map(cap => cap.toUpperCase().replace(/^CAP_/, ''))
      .filter(cap => !BASELINE_CAPABILITIES.has(cap));
    if (extra.length > 0)
      (gaps ??= []).push(`adds ${extra.join(', ')} to ${c.name}`);
  }
  if (pod.hostNetwork) (gaps ??= []).push('hostNetwork');
  if (pod.hostPID) (gaps ??= []).push('hostPID');
  if (pod.hostIPC) (gaps ??= []).push('hostIPC');
  for (let i = 0; i < pod.hostPathVolumes.length; i++)
    (gaps ??= []).push(`hostPath volume ${pod.hostPathVolumes[i]}`);
  // Most pods have none: they share one empty list rather than each making its own.
  return gaps ?? EMPTY_STRINGS;
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
  const add = (image: string, ref: ObjectRef, key: string) => {
    if (!image) return;
    const use = `${key}|${image}`;
    if (!uses.has(use)) uses.set(use, { image, ref });
  };
  for (const w of workloads) {
    if (!system.has(w.namespace)) {
      const ref = { kind: w.kind, namespace: w.namespace, name: w.name };
      for (const image of w.images) add(image, ref, refKey(ref));
    }
  }
  // Replicas share their container list (facts are interned): a workload whose pods with this
  // very list were added already has nothing new to add.
  const added = new Map<WorkloadRef, PodFact['containers']>();
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    if (system.has(pod.namespace)) continue;
    const workload = podWorkloadRef(pod, workloads);
    const containers = pod.containers;
    if (added.get(workload) === containers) continue;
    added.set(workload, containers);
    for (let j = 0; j < containers.length; j++)
      add(containers[j].image, workload.ref, workload.key);
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
