import {
  CheckResult,
  ClusterReport,
  EntityClusterReadiness,
  NamespaceReport,
  isFailing,
} from '@readiness/plugin-readiness-common';
import { StoredClusterSummary } from '../database/ReadinessStore';
import { scanState } from './views';

/** How an entity's workloads are found on clusters, from its catalog annotations. */
export interface EntityMatcher {
  entityRef: string;
  kubernetesId: string | null;
  labelSelector: string | null;
  namespace: string | null;
}

/** How the card says it found the entity's workloads. */
export function describeMatcher(matcher: EntityMatcher): string | null {
  const by = matcher.labelSelector
    ? `backstage.io/kubernetes-label-selector=${matcher.labelSelector}`
    : matcher.kubernetesId &&
      `backstage.io/kubernetes-id=${matcher.kubernetesId}`;
  if (!by) return null;
  return matcher.namespace ? `${by} in namespace ${matcher.namespace}` : by;
}

const MAX_FAILING_CHECKS = 10;

type ObjectRefs = CheckResult['objects'];

/**
 * The objects that concern these namespaces: those in them, and the Namespace objects
 * themselves (a namespace without a quota is named by its Namespace, which has no namespace).
 */
function inNamespaces(objects: ObjectRefs, names: ReadonlySet<string>) {
  return objects.filter(o =>
    o.namespace !== undefined
      ? names.has(o.namespace)
      : o.kind === 'Namespace' && names.has(o.name),
  );
}

/**
 * What the service and team cards need from one cluster's report, indexed by who runs where.
 * Built once per stored report (see EntityIndexCache) so a card request is map lookups, not a
 * parse of every cluster's report.
 */
export interface ClusterEntityIndex {
  cluster: string;
  total: number;
  max: number;
  assessedPillars: number;
  scannedAt: string;
  pillars: EntityClusterReadiness['pillars'];
  /** Failing, unknown and exempted checks, most severe first. */
  failingChecks: CheckResult[];
  risks: EntityClusterReadiness['risks'];
  /** Every namespace of the report, with its owner and cost: what the team card reads. */
  namespaces: NamespaceReport[];
  /** Namespaces by the catalog Components the scan found in them (label selectors included). */
  byComponent: Map<string, NamespaceReport[]>;
  /** Namespaces by the `backstage.io/kubernetes-id` values on their workloads. */
  byKubernetesId: Map<string, NamespaceReport[]>;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexReport(report: ClusterReport): ClusterEntityIndex {
  const byComponent = new Map<string, NamespaceReport[]>();
  const byKubernetesId = new Map<string, NamespaceReport[]>();
  for (const ns of report.namespaces) {
    for (const ref of ns.components ?? []) addTo(byComponent, ref, ns);
    for (const id of ns.kubernetesIds) addTo(byKubernetesId, id, ns);
  }
  return {
    cluster: report.cluster,
    total: report.total,
    max: report.max,
    assessedPillars: report.assessedPillars,
    scannedAt: report.scannedAt,
    pillars: report.pillars.map(({ id, title, score, coverage }) => ({
      id,
      title,
      score,
      coverage,
    })),
    failingChecks: report.pillars
      .flatMap(p => p.checks)
      .filter(c => isFailing(c) || c.status === 'exempted')
      .sort((a, b) => a.level - b.level),
    risks: report.risks ?? [],
    namespaces: report.namespaces,
    byComponent,
    byKubernetesId,
  };
}

/**
 * The card's view of one cluster for one entity, or undefined when none of the entity's
 * workloads run there. A failing check's objects are narrowed to the entity's namespaces: the
 * card is about this service, and the cluster page lists every object.
 */
export function entityClusterView(
  index: ClusterEntityIndex,
  scan: Pick<
    StoredClusterSummary,
    'lastSuccessAt' | 'lastAttemptAt' | 'lastError'
  >,
  matcher: EntityMatcher,
  staleAfterMs: number,
  now: Date,
): EntityClusterReadiness | undefined {
  if (!matcher.kubernetesId && !matcher.labelSelector) return undefined;
  // Scans with the catalog at hand record which Components run where (label selectors
  // included); the kubernetes-id label is the fallback for scans without it.
  const found = new Set([
    ...(index.byComponent.get(matcher.entityRef) ?? []),
    ...(matcher.kubernetesId
      ? index.byKubernetesId.get(matcher.kubernetesId) ?? []
      : []),
  ]);
  const namespaces = [...found]
    .filter(ns => !matcher.namespace || ns.name === matcher.namespace)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (namespaces.length === 0) return undefined;
  const names = new Set(namespaces.map(ns => ns.name));
  return {
    cluster: index.cluster,
    total: index.total,
    max: index.max,
    assessedPillars: index.assessedPillars,
    scannedAt: index.scannedAt,
    pillars: index.pillars,
    namespaces,
    failingChecks: index.failingChecks
      .slice(0, MAX_FAILING_CHECKS)
      .map(check => ({
        ...check,
        objects: inNamespaces(check.objects, names),
      })),
    // The card shows a risk's title and deadline; its objects are the cluster's (295 namespaces
    // without a quota made the answer 55 KB), so they are narrowed like the checks'.
    risks: index.risks.map(risk => ({
      ...risk,
      objects: inNamespaces(risk.objects, names),
    })),
    scan: scanState(scan, staleAfterMs, now),
  };
}
