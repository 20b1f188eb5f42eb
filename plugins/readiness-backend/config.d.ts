import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the Readiness plugin: which clusters to score and how. */
  readiness?: {
    /**
     * How often each cluster is scanned. Default: every 30 minutes, 5 minute timeout, first
     * scan 5 seconds after start-up.
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** A result older than this is shown as stale. Default: 2 hours. */
    staleAfter?: HumanDuration | string;
    /**
     * Namespaces that belong to the platform rather than to tenants; they are excluded from
     * tenancy checks. Default: kube-system, kube-public, kube-node-lease.
     */
    systemNamespaces?: string[];
    /**
     * Also score the clusters configured for Backstage's Kubernetes plugin
     * (`kubernetes.clusterLocatorMethods` of type `config`). Default: true.
     */
    useKubernetesPluginClusters?: boolean;
    /** Clusters to score, in addition to the Kubernetes plugin's. */
    clusters?: Array<{
      /** Unique cluster name, as used in the catalog and the API. */
      name: string;
      /**
       * A snapshot file or folder of Kubernetes objects (YAML or JSON, `kind: List` allowed),
       * resolved against the backend's working directory. For demos and offline audits.
       */
      snapshot?: string;
      /** A kubeconfig file and optional context to read a live cluster with. */
      kubeconfig?: { path: string; context?: string };
      /** API server URL, for a live cluster configured inline. */
      url?: string;
      /**
       * Bearer token of the scanning ServiceAccount (read-only RBAC is enough).
       * @visibility secret
       */
      serviceAccountToken?: string;
      /** Base64 PEM of the API server's CA. */
      caData?: string;
      /** Skip TLS verification. Never in production. */
      skipTLSVerify?: boolean;
      /** Cloud provider, e.g. eks, gke, aks, kubeadm: shown in the report. */
      provider?: string;
      /** Region the cluster runs in. */
      region?: string;
    }>;
    /** Limits for reading live clusters. */
    kubernetes?: {
      /** Items per LIST page. Default: 500. */
      pageSize?: number;
      /** Timeout of one API request in milliseconds. Default: 30000. */
      requestTimeoutMs?: number;
      /** Byte budget of one LIST across its pages. Default: 512 MiB. */
      maxListBytes?: number;
    };
    /** Where runbook links point. */
    runbooks?: {
      /**
       * Base URL that check ids are appended to. Default: `/readiness/runbooks/`, the runbooks
       * shipped with the plugin and rendered in the portal.
       */
      baseUrl?: string;
      /** Per-check runbook URLs, by check id. */
      overrides?: { [checkId: string]: string };
    };
  };

  /** The Kubernetes plugin's cluster configuration, read so clusters are configured once. */
  kubernetes?: {
    clusterLocatorMethods?: Array<{
      type: string;
      clusters?: Array<{
        name: string;
        url: string;
        authProvider?: string;
        /** @visibility secret */
        serviceAccountToken?: string;
        skipTLSVerify?: boolean;
        caData?: string;
      }>;
    }>;
  };
}
