import { ResponseError } from '@backstage/errors';
import {
  AttestationItem,
  AttestationRequest,
  AuditEntry,
  ClusterDetail,
  ClusterHistory,
  ClusterSummary,
  EntityReadiness,
  ExemptionItem,
  ExemptionRequest,
  PortalReport,
  RefreshOutcome,
  RunbookDocument,
  TeamReadiness,
} from './api';

/** The readiness HTTP API, as both plugins see it. @public */
export interface ReadinessApi {
  getClusters(): Promise<ClusterSummary[]>;
  getCluster(name: string): Promise<ClusterDetail>;
  getEntityReadiness(entity: {
    kind: string;
    namespace?: string;
    name: string;
  }): Promise<EntityReadiness>;
  /** Scans the cluster now; rejects (502) when it cannot be read, keeping the last good report. */
  refreshCluster(name: string): Promise<RefreshOutcome>;
  getClusterHistory(name: string): Promise<ClusterHistory>;
  getTeamReadiness(team: {
    namespace?: string;
    name: string;
  }): Promise<TeamReadiness>;
  getRunbook(id: string): Promise<RunbookDocument>;
  /** The portal report. */
  getReport(): Promise<PortalReport>;
  /** The portal report as CSV text. */
  getReportCsv(): Promise<string>;
}

/**
 * Attestations, exemptions and their audit trail. Kept apart from {@link ReadinessApi} so that
 * implementations of the read API need not change.
 * @public
 */
export interface ReadinessDeclarationsApi {
  /** Every attestation made through the API, newest first; `cluster` narrows to one cluster. */
  getAttestations(cluster?: string): Promise<AttestationItem[]>;
  createAttestation(request: AttestationRequest): Promise<AttestationItem>;
  revokeAttestation(id: string): Promise<AttestationItem>;
  /** Every exemption made through the API, newest first; `cluster` narrows to one cluster. */
  getExemptions(cluster?: string): Promise<ExemptionItem[]>;
  createExemption(request: ExemptionRequest): Promise<ExemptionItem>;
  revokeExemption(id: string): Promise<ExemptionItem>;
  /** The latest creations and revocations, newest first. */
  getAudit(limit?: number): Promise<AuditEntry[]>;
}

/** The minimal discovery and fetch surface the client needs, isomorphic. @public */
export interface ReadinessClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

/**
 * Typed client for the readiness backend. Errors come back as `ResponseError` carrying the
 * backend's serialized error, so callers can show what failed.
 * @public
 */
export class ReadinessClient implements ReadinessApi, ReadinessDeclarationsApi {
  readonly #discoveryApi: ReadinessClientOptions['discoveryApi'];
  readonly #fetch: typeof fetch;

  constructor(options: ReadinessClientOptions) {
    this.#discoveryApi = options.discoveryApi;
    const fetchApi = options.fetchApi;
    // Called through a wrapper: a bare `window.fetch` stored on an object and called as a method
    // throws "Illegal invocation" in browsers.
    this.#fetch = fetchApi
      ? (input, init) => fetchApi.fetch(input, init)
      : (input, init) => fetch(input, init);
  }

  async getClusters(): Promise<ClusterSummary[]> {
    const body = await this.#request<{ items: ClusterSummary[] }>('/clusters');
    return body.items;
  }

  async getCluster(name: string): Promise<ClusterDetail> {
    return this.#request(`/clusters/${encodeURIComponent(name)}`);
  }

  async getEntityReadiness(entity: {
    kind: string;
    namespace?: string;
    name: string;
  }): Promise<EntityReadiness> {
    const parts = [entity.kind, entity.namespace ?? 'default', entity.name];
    return this.#request(`/entity/${parts.map(encodeURIComponent).join('/')}`);
  }

  async refreshCluster(name: string): Promise<RefreshOutcome> {
    return this.#post(`/clusters/${encodeURIComponent(name)}/refresh`);
  }

  async getClusterHistory(name: string): Promise<ClusterHistory> {
    return this.#request(`/clusters/${encodeURIComponent(name)}/history`);
  }

  async getTeamReadiness(team: {
    namespace?: string;
    name: string;
  }): Promise<TeamReadiness> {
    const parts = [team.namespace ?? 'default', team.name].map(
      encodeURIComponent,
    );
    return this.#request(`/team/${parts.join('/')}`);
  }

  async getRunbook(id: string): Promise<RunbookDocument> {
    return this.#request(`/runbooks/${encodeURIComponent(id)}`);
  }

  async getReport(): Promise<PortalReport> {
    return this.#request('/report');
  }

  async getReportCsv(): Promise<string> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('readiness');
    const response = await this.#fetch(`${baseUrl}/report?format=csv`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.text();
  }

  async getAttestations(cluster?: string): Promise<AttestationItem[]> {
    const body = await this.#request<{ items: AttestationItem[] }>(
      `/attestations${query({ cluster })}`,
    );
    return body.items;
  }

  async createAttestation(
    request: AttestationRequest,
  ): Promise<AttestationItem> {
    return this.#post('/attestations', request);
  }

  async revokeAttestation(id: string): Promise<AttestationItem> {
    return this.#post(`/attestations/${encodeURIComponent(id)}/revoke`);
  }

  async getExemptions(cluster?: string): Promise<ExemptionItem[]> {
    const body = await this.#request<{ items: ExemptionItem[] }>(
      `/exemptions${query({ cluster })}`,
    );
    return body.items;
  }

  async createExemption(request: ExemptionRequest): Promise<ExemptionItem> {
    return this.#post('/exemptions', request);
  }

  async revokeExemption(id: string): Promise<ExemptionItem> {
    return this.#post(`/exemptions/${encodeURIComponent(id)}/revoke`);
  }

  async getAudit(limit?: number): Promise<AuditEntry[]> {
    const body = await this.#request<{ items: AuditEntry[] }>(
      `/audit${query({ limit: limit?.toString() })}`,
    );
    return body.items;
  }

  async #post<T>(path: string, body?: unknown): Promise<T> {
    return this.#request(path, {
      method: 'POST',
      ...(body === undefined
        ? {}
        : {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
  }

  async #request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('readiness');
    const response = await this.#fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}

/** `?a=1&b=2` from the defined values, or nothing. */
function query(params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return defined.length > 0 ? `?${new URLSearchParams(defined)}` : '';
}
