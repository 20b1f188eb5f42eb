/** A Kubernetes object as read from the API or a snapshot: only what every object has. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: Array<{ kind?: string; name?: string }>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** A resource type the scan reads, addressed the way the API addresses it. */
export interface ResourceType {
  /** API group; '' for the core group. */
  group: string;
  version: string;
  /** Plural resource name, e.g. `networkpolicies`. */
  plural: string;
  kind: string;
  namespaced: boolean;
  /** Served only where a CRD installs it: read only when discovery shows the group/version. */
  crd?: boolean;
}

/** Why a read failed, as data: the scan records it and goes on. */
export interface ReadFailure {
  ok: false;
  /** `unreachable`, `unauthorized`, `forbidden`, `not-found`, `throttled`, `server-error`, `timeout`, `malformed`, `too-large`. */
  errorType: string;
  statusCode: number | null;
  reason: string;
}

/** The outcome of one LIST across all pages. */
export type ListOutcome =
  | { ok: true; items: KubeObject[]; pages: number }
  | ReadFailure;

/** How to list a resource. */
export interface ListOptions {
  /** Ask for object metadata only: how Secrets are listed. */
  metadataOnly?: boolean;
  /**
   * When given, each page's objects are handed over as the page arrives instead of being
   * collected into `items`, so a caller that keeps a few fields per object never holds more
   * than a page of whole objects. `first` is true for the first page of a (re)started list:
   * what earlier pages gave is void. Readers without paging may ignore it and return `items`.
   */
  onPage?: (objects: KubeObject[], first: boolean) => void;
}

/** What the API server says about itself. */
export interface ServerInfo {
  version: string | null;
  /** Group/versions the server serves, e.g. `velero.io/v1`; null for snapshots that do not say. */
  groupVersions: Set<string> | null;
  /** When a snapshot was captured; ages (of backups, certificates) are judged as of then. */
  capturedAt?: string;
  /** The API server's own TLS certificate, from the handshake (or recorded in a snapshot). */
  servingCertificate?: { notAfter: string; subject: string; issuer: string };
}

/**
 * One cluster to read from: a live API server or a snapshot. The collector only sees this, so
 * every check works the same on both.
 */
export interface ClusterReader {
  readonly name: string;
  serverInfo(): Promise<{ ok: true; info: ServerInfo } | ReadFailure>;
  /**
   * Lists every object of a type across namespaces. With `metadataOnly` the server is asked for
   * object metadata alone: that is how Secrets are listed, so their values never leave it.
   */
  list(resource: ResourceType, options?: ListOptions): Promise<ListOutcome>;
  /** Metadata the operator declared (snapshots) or configured (live clusters). */
  readonly declared: { provider: string | null; region: string | null };
}

/** `group/version`, or `version` alone for the core group. */
export function groupVersion(resource: ResourceType): string {
  return resource.group
    ? `${resource.group}/${resource.version}`
    : resource.version;
}

/** A short name for messages, e.g. `networkpolicies.networking.k8s.io`. */
export function resourceName(resource: ResourceType): string {
  return resource.group
    ? `${resource.plural}.${resource.group}`
    : resource.plural;
}
