import { createHash } from 'node:crypto';
import { groupVersionString, type ResourceRegistry } from './resources.ts';
import type {
  ClusterSnapshotInfo,
  KubeVersionInfo,
  ResourceDefinition,
} from './types.ts';

/** The version a server reports when neither `version` nor `info` says otherwise. */
export const DEFAULT_GIT_VERSION = 'v1.31.4';

// The Go release each Kubernetes minor was built with, for a believable /version.
const GO_VERSIONS: Record<number, string> = {
  27: 'go1.20.14',
  28: 'go1.21.13',
  29: 'go1.22.8',
  30: 'go1.22.9',
  31: 'go1.22.9',
  32: 'go1.23.4',
  33: 'go1.24.2',
  34: 'go1.24.6',
  35: 'go1.25.3',
};

/** Derives `major`/`minor` from a gitVersion such as `v1.31.4` or `v1.29.10-eks-7f9249a`. */
export function versionFromGitVersion(
  gitVersion: string,
  platform = 'linux/amd64',
): KubeVersionInfo {
  const match = /^v?(\d+)\.(\d+)/.exec(gitVersion);
  if (!match) throw new Error(`not a Kubernetes gitVersion: ${gitVersion}`);
  // EKS builds carry commits past the release tag, which the build marks with '+'.
  const plus = /-eks-/.test(gitVersion) ? '+' : '';
  return { major: match[1], minor: `${match[2]}${plus}`, gitVersion, platform };
}

/** The full `/version` body, field for field as `version.Info` serializes. */
export function versionBody(
  version: KubeVersionInfo | undefined,
  info: ClusterSnapshotInfo | undefined,
): Record<string, string> {
  const v =
    version ??
    versionFromGitVersion(info?.serverVersion ?? DEFAULT_GIT_VERSION);
  const commit = createHash('sha1').update(v.gitVersion).digest('hex');
  return {
    major: v.major,
    minor: v.minor,
    gitVersion: v.gitVersion,
    gitCommit: commit,
    gitTreeState: 'clean',
    buildDate: '2024-12-10T11:37:42Z',
    goVersion: GO_VERSIONS[parseInt(v.minor, 10)] ?? 'go1.22.9',
    compiler: 'gc',
    platform: v.platform ?? 'linux/amd64',
  };
}

/** The storage version hash kube-apiserver publishes: sha256 of group/version/kind, 8 bytes. */
function storageVersionHash(def: ResourceDefinition): string {
  return createHash('sha256')
    .update(`${def.group}/${def.versions[0]}/${def.kind}`)
    .digest()
    .subarray(0, 8)
    .toString('base64');
}

function apiResource(def: ResourceDefinition) {
  const resource: Record<string, unknown> = {
    name: def.plural,
    singularName: def.singular ?? def.kind.toLowerCase(),
    namespaced: def.namespaced,
    kind: def.kind,
    verbs: ['get', 'list', 'watch'],
  };
  if (def.shortNames?.length) resource.shortNames = def.shortNames;
  if (def.categories?.length) resource.categories = def.categories;
  resource.storageVersionHash = storageVersionHash(def);
  return resource;
}

/** `GET /api`. */
export function apiVersionsBody(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupBody(registry: ResourceRegistry, group: string) {
  const versions = registry.versionsOf(group).map(version => ({
    groupVersion: groupVersionString(group, version),
    version,
  }));
  return { name: group, versions, preferredVersion: versions[0] };
}

/** `GET /apis`. */
export function apiGroupListBody(registry: ResourceRegistry) {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: registry.groups().map(group => groupBody(registry, group)),
  };
}

/** `GET /apis/<group>`, or undefined when the group is not served. */
export function apiGroupBody(registry: ResourceRegistry, group: string) {
  if (!registry.groups().includes(group)) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...groupBody(registry, group) };
}

/**
 * `GET /api/v1` or `GET /apis/<group>/<version>`, or undefined when not
 * served. The core list has no apiVersion field, as on a real server.
 */
export function apiResourceListBody(
  registry: ResourceRegistry,
  group: string,
  version: string,
) {
  const defs = registry
    .all()
    .filter(d => d.group === group && d.versions.includes(version));
  if (defs.length === 0) return undefined;
  const resources = defs.map(apiResource);
  const groupVersion = groupVersionString(group, version);
  return group
    ? { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources }
    : { kind: 'APIResourceList', groupVersion, resources };
}
