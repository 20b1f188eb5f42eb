import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  IgnoredDeclaration,
  checkDefinition,
} from '@readiness/plugin-readiness-common';
import { Attestation } from '../engine/attestations';
import { isIsoDay } from '../engine/isoDay';

/** What a scan takes from the catalog: ownership hints and the cluster's own declarations. */
export interface CatalogFacts {
  /** Components with the annotations that tie them to workloads. */
  components: Array<{
    entityRef: string;
    owner: string | null;
    kubernetesId: string | null;
    namespace: string | null;
    labelSelector: string | null;
  }>;
  /** Refs of every Group, to resolve bare owner names. */
  groups: string[];
  /** Attestations declared as annotations on each cluster's Resource entity, by cluster name. */
  attestations: Map<string, Attestation[]>;
  /** Attestation annotations on each cluster's Resource entity that are not applied, and why. */
  ignoredAttestations: Map<string, IgnoredDeclaration[]>;
  /**
   * Clusters the catalog declares with the Kubernetes plugin's annotations
   * (`kubernetes.io/api-server`, `kubernetes.io/api-server-certificate-authority`,
   * `kubernetes.io/skip-tls-verify`). Credentials never come from the catalog.
   */
  clusters: Array<{
    name: string;
    url: string;
    caData?: string;
    skipTLSVerify?: boolean;
  }>;
}

export const CLUSTER_NAME_ANNOTATION = 'readiness.dev/cluster-name';
const ATTEST_PREFIX = 'readiness.dev/attest.';

const FORMAT = '"<YYYY-MM-DD> by <who> <evidence-url> [until <YYYY-MM-DD>]"';

/** A cluster's attestation annotations: the ones that count, and the rest with why. */
export interface AnnotatedAttestations {
  attestations: Attestation[];
  ignored: IgnoredDeclaration[];
}

const ATTESTATION =
  /^(\d{4}-\d{2}-\d{2})\s+by\s+(\S+)\s+(\S+)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?\s*$/;

/** The annotation's parts when it can count, or why it cannot. */
function readAttestation(
  check: string,
  value: string,
): { match: RegExpExecArray } | { problem: string } {
  const definition = checkDefinition(check);
  if (!definition) return { problem: `no check has the id "${check}"` };
  if (!definition.attested) {
    return {
      problem: `"${check}" is observed through the Kubernetes API and cannot be attested`,
    };
  }
  const match = ATTESTATION.exec(value.trim());
  if (!match) return { problem: `not in the form ${FORMAT}` };
  for (const day of [match[1], match[4]]) {
    if (day !== undefined && !isIsoDay(day)) {
      return { problem: `${day} is not a date like 2026-10-28` };
    }
  }
  return { match };
}

/**
 * Reads `readiness.dev/attest.<check-id>: "<YYYY-MM-DD> by <who> <evidence-url>"` annotations.
 * One that cannot be read, or names a check that is unknown or observed rather than attested,
 * does not count, and is listed with why: a silent skip would leave its author believing the
 * check was settled.
 */
export function attestationsFromAnnotations(
  entity: Entity,
  cluster: string,
): AnnotatedAttestations {
  const attestations: Attestation[] = [];
  const ignored: IgnoredDeclaration[] = [];
  for (const [key, value] of Object.entries(
    entity.metadata.annotations ?? {},
  )) {
    if (!key.startsWith(ATTEST_PREFIX)) continue;
    const check = key.slice(ATTEST_PREFIX.length);
    const read = readAttestation(check, value);
    if ('problem' in read) {
      ignored.push({
        object: `Resource ${entity.metadata.namespace ?? 'default'}/${
          entity.metadata.name
        }`,
        annotation: key,
        reason: read.problem,
      });
      continue;
    }
    const { match } = read;
    attestations.push({
      check,
      cluster,
      date: match[1],
      by: match[2],
      evidence: match[3],
      ...(match[4] ? { expires: match[4] } : {}),
    });
  }
  return { attestations, ignored };
}

/** Turns catalog entities into the facts a scan uses. Pure. */
export function toCatalogFacts(entities: Entity[]): CatalogFacts {
  const components: CatalogFacts['components'] = [];
  const groups: string[] = [];
  const attestations = new Map<string, Attestation[]>();
  const ignoredAttestations = new Map<string, IgnoredDeclaration[]>();
  const clusters: CatalogFacts['clusters'] = [];
  for (const entity of entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    const annotations = entity.metadata.annotations ?? {};
    if (kind === 'group') groups.push(stringifyEntityRef(entity));
    if (kind === 'component') {
      const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
      components.push({
        entityRef: stringifyEntityRef(entity),
        owner: typeof owner === 'string' ? owner : null,
        kubernetesId: annotations['backstage.io/kubernetes-id'] ?? null,
        namespace: annotations['backstage.io/kubernetes-namespace'] ?? null,
        labelSelector:
          annotations['backstage.io/kubernetes-label-selector'] ?? null,
      });
    }
    if (
      kind === 'resource' &&
      (entity.spec as { type?: unknown } | undefined)?.type ===
        'kubernetes-cluster'
    ) {
      const cluster =
        annotations[CLUSTER_NAME_ANNOTATION] ?? entity.metadata.name;
      const annotated = attestationsFromAnnotations(entity, cluster);
      attestations.set(cluster, annotated.attestations);
      ignoredAttestations.set(cluster, annotated.ignored);
      const url = annotations['kubernetes.io/api-server'];
      if (url && /^https?:\/\//.test(url)) {
        const caData =
          annotations['kubernetes.io/api-server-certificate-authority'];
        clusters.push({
          name: cluster,
          url,
          ...(caData ? { caData } : {}),
          ...(annotations['kubernetes.io/skip-tls-verify'] === 'true'
            ? { skipTLSVerify: true }
            : {}),
        });
      }
    }
  }
  return { components, groups, attestations, ignoredAttestations, clusters };
}
