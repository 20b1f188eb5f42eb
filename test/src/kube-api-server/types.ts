/**
 * Shapes shared by the Kubernetes API test server's modules.
 *
 * Everything here is plain data so that the files stay runnable by Node's
 * type stripping (no enums, namespaces or parameter properties).
 */

/** Object metadata as the server reads and fills it. */
export interface KubeObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

/** A Kubernetes object as it appears in a snapshot or on the wire. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: KubeObjectMeta;
  [key: string]: unknown;
}

/** Cluster metadata carried by a `readiness.dev/v1alpha1` `ClusterSnapshotInfo` document. */
export interface ClusterSnapshotInfo {
  /** metadata.name of the document, usually the cluster's name. */
  name?: string;
  /** The API server's gitVersion, e.g. `v1.31.4` or `v1.30.5-eks-ce1d5eb`. */
  serverVersion?: string;
  provider?: string;
  region?: string;
}

/** The body of `GET /version`, as kube-apiserver prints it. */
export interface KubeVersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
  platform?: string;
}

/**
 * Where a resource would be served from on a real cluster; it decides the
 * 404 body (go-restful Status vs. the delegate's plain text) and whether list
 * items carry kind and apiVersion.
 */
export type ResourceSource = 'builtin' | 'crd' | 'aggregated';

/** One resource the server knows about, for discovery and routing. */
export interface ResourceDefinition {
  /** API group; '' for the core group. */
  group: string;
  /** Served versions; the first one in Kubernetes priority order is preferred. */
  versions: string[];
  /** Lowercase plural, the path segment (`pods`). */
  plural: string;
  singular?: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  /** Defaults to 'crd' for definitions passed in `crds`. */
  source?: ResourceSource;
}
