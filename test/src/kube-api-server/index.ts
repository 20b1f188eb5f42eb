export {
  startKubeApiTestServer,
  DEFAULT_USER,
  type KubeApiTestServer,
  type KubeApiTestServerOptions,
} from './server.ts';
export {
  loadSnapshotObjects,
  parseSnapshotText,
  CLUSTER_SNAPSHOT_INFO_KIND,
  type Snapshot,
} from './snapshot.ts';
export { kubeconfigFor, type KubeconfigTarget } from './kubeconfig.ts';
export type { FaultRule } from './faults.ts';
export type { RequestLogEntry } from './handler.ts';
export type { KubeStatus, StatusReason, StatusDetails } from './status.ts';
export { versionFromGitVersion, DEFAULT_GIT_VERSION } from './discovery.ts';
export { parseLabelSelector, SelectorError } from './labelSelector.ts';
export type {
  ClusterSnapshotInfo,
  KubeObject,
  KubeObjectMeta,
  KubeVersionInfo,
  ResourceDefinition,
  ResourceSource,
} from './types.ts';
