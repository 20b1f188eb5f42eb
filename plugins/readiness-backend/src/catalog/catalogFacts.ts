import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Attestation } from '../engine/attestations';

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

/**
 * Reads `readiness.dev/attest.<check-id>: "<YYYY-MM-DD> by <who> <evidence-url>"` annotations.
 * Malformed values are skipped: an attestation that cannot be read must not count.
 */
export function attestationsFromAnnotations(
  entity: Entity,
  cluster: string,
): Attestation[] {
  const out: Attestation[] = [];
  for (const [key, value] of Object.entries(
    entity.metadata.annotations ?? {},
  )) {
    if (!key.startsWith(ATTEST_PREFIX)) continue;
    const match =
      /^(\d{4}-\d{2}-\d{2})\s+by\s+(\S+)\s+(\S+)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?\s*$/.exec(
        value,
      );
    if (!match) continue;
    out.push({
      check: key.slice(ATTEST_PREFIX.length),
      cluster,
      date: match[1],
      by: match[2],
      evidence: match[3],
      ...(match[4] ? { expires: match[4] } : {}),
    });
  }
  return out;
}

/** Turns catalog entities into the facts a scan uses. Pure. */
export function toCatalogFacts(entities: Entity[]): CatalogFacts {
  const components: CatalogFacts['components'] = [];
  const groups: string[] = [];
  const attestations = new Map<string, Attestation[]>();
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
      attestations.set(cluster, attestationsFromAnnotations(entity, cluster));
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
  return { components, groups, attestations, clusters };
}
