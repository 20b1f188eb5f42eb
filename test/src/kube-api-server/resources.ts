import { addonResources, builtinResources } from './builtins.ts';
import type { KubeObject, ResourceDefinition } from './types.ts';

/** The resources a server instance serves, built from its snapshot. */
export interface ResourceRegistry {
  /** Every served resource, sorted by group then plural. */
  all(): ResourceDefinition[];
  /** The resource served at /apis/group/version/plural (group '' for /api/v1). */
  find(
    group: string,
    version: string,
    plural: string,
  ): ResourceDefinition | undefined;
  /** The resource that stores objects of this group and kind. */
  findByKind(group: string, kind: string): ResourceDefinition | undefined;
  /** Served non-core groups, in the order /apis lists them. */
  groups(): string[];
  /** Served versions of a group, preferred first. */
  versionsOf(group: string): string[];
}

// kube-apiserver lists its own groups in this fixed priority order; groups
// added by CRDs and APIServices follow.
const GROUP_ORDER = [
  'apiregistration.k8s.io',
  'apps',
  'events.k8s.io',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'networking.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'node.k8s.io',
  'discovery.k8s.io',
  'flowcontrol.apiserver.k8s.io',
];

const IRREGULAR_PLURALS: Record<string, string> = {
  endpoints: 'endpoints',
  nodemetrics: 'nodes',
  podmetrics: 'pods',
  person: 'people',
  child: 'children',
  index: 'indices',
};

/** Guesses a resource's plural the way CRD authors spell it. */
export function pluralize(kind: string): string {
  const singular = kind.toLowerCase();
  if (IRREGULAR_PLURALS[singular]) return IRREGULAR_PLURALS[singular];
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
}

/** Splits an apiVersion into its group ('' for core) and version. */
export function parseApiVersion(apiVersion: string): {
  group: string;
  version: string;
} {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : {
        group: apiVersion.slice(0, slash),
        version: apiVersion.slice(slash + 1),
      };
}

/** The apiVersion string for a group and version. */
export function groupVersionString(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

function versionRank(version: string): [number, number, number] {
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!match) return [0, 0, 0];
  const stability = { alpha: 1, beta: 2 }[match[2] as 'alpha' | 'beta'] ?? 3;
  return [stability, Number(match[1]), Number(match[3] ?? 0)];
}

/** Orders strings by UTF-16 code units, which for ASCII keys is etcd's byte order. */
export function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Orders versions as Kubernetes prefers them: GA, then beta, then alpha, newest first. */
export function compareVersions(a: string, b: string): number {
  const [ra, rb] = [versionRank(a), versionRank(b)];
  for (let i = 0; i < 3; i++) {
    if (ra[i] !== rb[i]) return rb[i] - ra[i];
  }
  return byCodeUnits(a, b);
}

function definitionFromCrd(crd: KubeObject): ResourceDefinition | undefined {
  const spec = crd.spec as
    | {
        group?: string;
        scope?: string;
        names?: {
          plural?: string;
          singular?: string;
          kind?: string;
          shortNames?: string[];
          categories?: string[];
        };
        versions?: Array<{ name: string; served?: boolean }>;
      }
    | undefined;
  if (!spec?.group || !spec.names?.plural || !spec.names.kind) return undefined;
  const versions = (spec.versions ?? [])
    .filter(v => v.served !== false)
    .map(v => v.name);
  return {
    group: spec.group,
    versions: versions.length ? versions : ['v1'],
    plural: spec.names.plural,
    singular: spec.names.singular ?? spec.names.kind.toLowerCase(),
    kind: spec.names.kind,
    namespaced: spec.scope !== 'Cluster',
    shortNames: spec.names.shortNames,
    categories: spec.names.categories,
    source: 'crd',
  };
}

/**
 * Builds the registry: built-ins always, known add-on groups and inferred
 * kinds only when the snapshot holds objects (or a CRD) of that group.
 */
export function buildResourceRegistry(
  objects: KubeObject[],
  extra: ResourceDefinition[] = [],
): ResourceRegistry {
  const byKey = new Map<string, ResourceDefinition>();
  const add = (def: ResourceDefinition) => {
    byKey.set(`${def.group}/${def.plural}`, {
      ...def,
      versions: [...def.versions],
      singular: def.singular ?? def.kind.toLowerCase(),
      source: def.source ?? 'crd',
    });
  };
  builtinResources().forEach(add);
  extra.forEach(add);
  for (const object of objects) {
    if (object.kind === 'CustomResourceDefinition') {
      const def = definitionFromCrd(object);
      if (def) add(def);
    }
  }

  const addons = addonResources();
  const byKind = (group: string, kind: string) =>
    [...byKey.values()].find(d => d.group === group && d.kind === kind);
  for (const object of objects) {
    if (!object.apiVersion || !object.kind) continue;
    const { group, version } = parseApiVersion(object.apiVersion);
    if (!byKind(group, object.kind)) {
      addons.filter(d => d.group === group).forEach(add);
    }
    let def = byKind(group, object.kind);
    if (!def) {
      add({
        group,
        versions: [version],
        plural: pluralize(object.kind),
        kind: object.kind,
        namespaced: Boolean(object.metadata?.namespace),
        source: group === '' || GROUP_ORDER.includes(group) ? 'builtin' : 'crd',
      });
      def = byKind(group, object.kind)!;
    }
    if (!def.versions.includes(version)) def.versions.push(version);
    if (object.metadata?.namespace) def.namespaced = true;
  }

  const defs = [...byKey.values()].sort((a, b) =>
    a.group === b.group
      ? a.plural.localeCompare(b.plural)
      : a.group.localeCompare(b.group),
  );
  defs.forEach(d => d.versions.sort(compareVersions));
  const groupRank = (g: string) =>
    GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.length;
  const groups = [...new Set(defs.map(d => d.group).filter(Boolean))].sort(
    (a, b) => groupRank(a) - groupRank(b) || a.localeCompare(b),
  );

  return {
    all: () => defs,
    find: (group, version, plural) =>
      defs.find(
        d =>
          d.group === group &&
          d.plural === plural &&
          d.versions.includes(version),
      ),
    findByKind: (group, kind) =>
      defs.find(d => d.group === group && d.kind === kind),
    groups: () => groups,
    versionsOf: group =>
      [
        ...new Set(
          defs.filter(d => d.group === group).flatMap(d => d.versions),
        ),
      ].sort(compareVersions),
  };
}
