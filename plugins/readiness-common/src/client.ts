import { ResponseError } from '@backstage/errors';
import {
  ClusterDetail,
  ClusterHistory,
  ClusterSummary,
  EntityReadiness,
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
  refreshCluster(name: string): Promise<void>;
  getClusterHistory(name: string): Promise<ClusterHistory>;
  getTeamReadiness(team: {
    namespace?: string;
    name: string;
  }): Promise<TeamReadiness>;
  getRunbook(id: string): Promise<RunbookDocument>;
  /** The portal report as CSV text. */
  getReportCsv(): Promise<string>;
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
export class ReadinessClient implements ReadinessApi {
  readonly #discoveryApi: ReadinessClientOptions['discoveryApi'];
  readonly #fetch: typeof fetch;

  constructor(options: ReadinessClientOptions) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetch = options.fetchApi?.fetch ?? fetch;
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

  async refreshCluster(name: string): Promise<void> {
    await this.#request(`/clusters/${encodeURIComponent(name)}/refresh`, {
      method: 'POST',
    });
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

  async getReportCsv(): Promise<string> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('readiness');
    const response = await this.#fetch(`${baseUrl}/report?format=csv`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.text();
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
