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
     * Namespaces run by the platform team rather than by tenants (kube-system, monitoring,
     * cert-manager...); they are excluded from tenancy and workload checks. Setting this
     * replaces the default: kube-system, kube-public, kube-node-lease.
     */
    systemNamespaces?: string[];
    /** Thresholds the checks use. */
    thresholds?: {
      /** Recovery point objective in hours: the newest successful backup must be younger. Default 24. */
      backupRpoHours?: number;
      /** A completed restore within this many days counts as a DR drill. Default 90. */
      restoreDrillDays?: number;
      /** Certificates expiring within this many days fail. Default 30. */
      certificateFailDays?: number;
      /** Certificates expiring within this many days warn. Default 60. */
      certificateWarnDays?: number;
      /** A chaos experiment within this many days counts as practice. Default 90. */
      chaosWithinDays?: number;
    };
    /**
     * Declarations of facts the Kubernetes API cannot show (SSO, DR drills, postmortems...),
     * each settling the check of the same id. They lapse after `attestationMaxAgeDays` unless
     * they name their own expiry.
     */
    attestations?: Array<{
      /** Check id, e.g. identity-sso-attested. */
      check: string;
      /** Cluster name, or `*` (the default) for every cluster. */
      cluster?: string;
      /** When it was declared, YYYY-MM-DD. */
      date: string;
      /** Who declared it. */
      by: string;
      /** A link to the evidence. */
      evidence: string;
      /** When it lapses, YYYY-MM-DD. */
      expires?: string;
    }>;
    /** Maximum age of an attestation in days. Default 90. */
    attestationMaxAgeDays?: number;
    /**
     * Accepted failures. An exempted check is shown as exempted with its reason and expiry and
     * is skipped when scoring.
     */
    exemptions?: Array<{
      /** Check id. */
      check: string;
      /** Limit to one cluster. */
      cluster?: string;
      /** Limit to one namespace. */
      namespace?: string;
      /** Limit to one object. */
      object?: { kind: string; name: string };
      /** Why the failure is accepted. */
      reason: string;
      /** Who accepted it. */
      by?: string;
      /** When the exemption ends, YYYY-MM-DD. Required. */
      expires: string;
    }>;
    /**
     * Also score the clusters configured for Backstage's Kubernetes plugin
     * (`kubernetes.clusterLocatorMethods` of type `config`). Default: true.
     */
    useKubernetesPluginClusters?: boolean;
    /**
     * Also score clusters declared in the catalog as `Resource` entities of type
     * `kubernetes-cluster` with the Kubernetes plugin's `kubernetes.io/api-server` (and
     * `kubernetes.io/api-server-certificate-authority`) annotations. Credentials come from here,
     * never from the catalog.
     */
    catalogClusters?: {
      /** Default false. */
      enabled?: boolean;
      /** How often the catalog is checked for new clusters, in minutes. Default 10. */
      discoveryMinutes?: number;
      /**
       * Scanner ServiceAccount tokens by cluster name; catalog clusters without one are skipped.
       * @visibility secret
       */
      serviceAccountTokens?: { [clusterName: string]: string };
    };
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
      /** Prices for this cluster, over `readiness.cost.pricing`. */
      pricing?: {
        cpuCoreHour?: number;
        memoryGiBHour?: number;
        gpuHour?: number;
        storageGiBMonth?: number;
        loadBalancerMonth?: number;
        currency?: string;
      };
      /** OpenCost's URL for this cluster: its 30-day allocation replaces the request model. */
      opencostUrl?: string;
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
      /**
       * Folder of `<check-id>.md` runbooks served at `/api/readiness/runbooks/<id>`. Default:
       * the runbooks shipped with the plugin.
       */
      directory?: string;
    };
    /** The team card. */
    teamCard?: {
      /** Clusters scoring below this total (of 27) count as "below the bar". Default 14. */
      scoreBar?: number;
    };
    /** Cost tracking. */
    cost?: {
      /** Month-over-month growth flagged per namespace and team, as a fraction. Default 0.2. */
      growthAlertThreshold?: number;
      /**
       * List prices for the request model (730 hours a month). Defaults: OpenCost's published
       * defaults (CPU 0.031611 per core-hour, RAM 0.004237 per GiB-hour, GPU 0.95 per hour,
       * storage 0.04 per GiB-month, load balancer 18.25 per month, USD).
       */
      pricing?: {
        cpuCoreHour?: number;
        memoryGiBHour?: number;
        gpuHour?: number;
        storageGiBMonth?: number;
        loadBalancerMonth?: number;
        currency?: string;
      };
    };
    /** How namespaces get their owners (see docs/cost.md for the precedence). */
    ownership?: {
      /** Owners set here beat every other source. */
      overrides?: Array<{ cluster?: string; namespace: string; owner: string }>;
      /** Namespace (and pod) label/annotation keys naming an owner. Default: team, owner. */
      keys?: string[];
    };
    /** Days of score and cost history to keep. Default 400. */
    retentionDays?: number;
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
