import {
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import {
  CHECKS,
  Pricing,
  checkDefinition,
} from '@readiness/plugin-readiness-common';
import { OwnerOverride } from './ownership/resolveOwners';
import { PricingConfig } from './cost';
import { CheckSettings } from './checks/types';
import { Attestation } from './engine/attestations';
import { Exemption } from './engine/exemptions';
import type { ScoringOptions } from './engine/scoreCluster';

/** One cluster the plugin scores, from either configuration section. */
export interface ClusterSourceConfig {
  name: string;
  /** Prices for this cluster, over the global default. */
  pricing?: Partial<Pricing>;
  /** OpenCost's base URL for this cluster; its allocation API replaces the request model. */
  opencostUrl?: string;
  snapshot?: string;
  kubeconfig?: { path: string; context?: string };
  url?: string;
  serviceAccountToken?: string;
  caData?: string;
  skipTLSVerify?: boolean;
  provider?: string;
  region?: string;
}

/** The plugin's configuration with defaults applied. */
export interface ReadinessConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  staleAfterMs: number;
  checks: CheckSettings;
  attestations: Attestation[];
  attestationMaxAgeDays: number;
  exemptions: Exemption[];
  clusters: ClusterSourceConfig[];
  kubernetes: {
    pageSize: number;
    requestTimeoutMs: number;
    maxListBytes: number;
  };
  runbooks: {
    baseUrl: string;
    overrides: Record<string, string>;
    directory?: string;
  };
  teamCard: { scoreBar: number; growthThreshold: number };
  retentionDays: number;
  pricing: PricingConfig;
  ownership: { overrides: OwnerOverride[]; keys?: string[] };
  /** Scanning clusters declared in the catalog; off unless enabled. */
  catalogClusters: {
    enabled: boolean;
    /** Scanner tokens by cluster name: the catalog says where a cluster is, never how to log in. */
    serviceAccountTokens: Record<string, string>;
    frequencyMinutes: number;
  };
}

export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 5 },
};
export const DEFAULT_SYSTEM_NAMESPACES = [
  'kube-system',
  'kube-public',
  'kube-node-lease',
];
export const DEFAULT_RUNBOOK_BASE_URL = '/readiness/runbooks/';
export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  systemNamespaces: new Set(DEFAULT_SYSTEM_NAMESPACES),
  backupRpoHours: 24,
  restoreDrillDays: 90,
  certificateFailDays: 30,
  certificateWarnDays: 60,
  chaosWithinDays: 90,
};

/** Reads and validates `readiness.*` (and the Kubernetes plugin's clusters) once, at start-up. */
export function readReadinessConfig(root: Config): ReadinessConfig {
  const config = root.getOptionalConfig('readiness');
  const clusters: ClusterSourceConfig[] = [];

  for (const c of config?.getOptionalConfigArray('clusters') ?? []) {
    const cluster: ClusterSourceConfig = {
      name: c.getString('name'),
      snapshot: c.getOptionalString('snapshot'),
      url: c.getOptionalString('url'),
      serviceAccountToken: c.getOptionalString('serviceAccountToken'),
      caData: c.getOptionalString('caData'),
      skipTLSVerify: c.getOptionalBoolean('skipTLSVerify'),
      provider: c.getOptionalString('provider'),
      region: c.getOptionalString('region'),
      pricing: readPricing(c.getOptionalConfig('pricing')),
      opencostUrl: c.getOptionalString('opencostUrl'),
    };
    const kubeconfig = c.getOptionalConfig('kubeconfig');
    if (kubeconfig) {
      cluster.kubeconfig = {
        path: kubeconfig.getString('path'),
        context: kubeconfig.getOptionalString('context'),
      };
    }
    const sources = [cluster.snapshot, cluster.kubeconfig, cluster.url].filter(
      Boolean,
    ).length;
    if (sources !== 1) {
      throw new InputError(
        `readiness.clusters "${cluster.name}" must set exactly one of snapshot, kubeconfig or url`,
      );
    }
    clusters.push(cluster);
  }

  if (config?.getOptionalBoolean('useKubernetesPluginClusters') ?? true) {
    for (const method of root.getOptionalConfigArray(
      'kubernetes.clusterLocatorMethods',
    ) ?? []) {
      if (method.getString('type') !== 'config') continue;
      for (const c of method.getOptionalConfigArray('clusters') ?? []) {
        clusters.push({
          name: c.getString('name'),
          url: c.getString('url'),
          serviceAccountToken: c.getOptionalString('serviceAccountToken'),
          caData: c.getOptionalString('caData'),
          skipTLSVerify: c.getOptionalBoolean('skipTLSVerify'),
        });
      }
    }
  }

  const seen = new Set<string>();
  for (const cluster of clusters) {
    if (seen.has(cluster.name)) {
      throw new InputError(
        `cluster name "${cluster.name}" is configured more than once`,
      );
    }
    seen.add(cluster.name);
  }

  const runbooks = config?.getOptionalConfig('runbooks');
  const overrides = runbooks?.getOptionalConfig('overrides');
  return {
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    staleAfterMs: config?.has('staleAfter')
      ? durationToMilliseconds(
          readDurationFromConfig(config, { key: 'staleAfter' }),
        )
      : 2 * 60 * 60 * 1000,
    checks: {
      systemNamespaces: new Set(
        config?.getOptionalStringArray('systemNamespaces') ??
          DEFAULT_SYSTEM_NAMESPACES,
      ),
      backupRpoHours:
        config?.getOptionalNumber('thresholds.backupRpoHours') ??
        DEFAULT_CHECK_SETTINGS.backupRpoHours,
      restoreDrillDays:
        config?.getOptionalNumber('thresholds.restoreDrillDays') ??
        DEFAULT_CHECK_SETTINGS.restoreDrillDays,
      certificateFailDays:
        config?.getOptionalNumber('thresholds.certificateFailDays') ??
        DEFAULT_CHECK_SETTINGS.certificateFailDays,
      certificateWarnDays:
        config?.getOptionalNumber('thresholds.certificateWarnDays') ??
        DEFAULT_CHECK_SETTINGS.certificateWarnDays,
      chaosWithinDays:
        config?.getOptionalNumber('thresholds.chaosWithinDays') ??
        DEFAULT_CHECK_SETTINGS.chaosWithinDays,
    },
    attestations: (config?.getOptionalConfigArray('attestations') ?? []).map(
      (a, index) => ({
        check: knownCheckId(a, `readiness.attestations[${index}]`, 'attested'),
        cluster: a.getOptionalString('cluster') ?? '*',
        date: isoDate(a, 'date'),
        by: a.getString('by'),
        evidence: a.getString('evidence'),
        expires: a.has('expires') ? isoDate(a, 'expires') : undefined,
      }),
    ),
    attestationMaxAgeDays:
      config?.getOptionalNumber('attestationMaxAgeDays') ?? 90,
    exemptions: (config?.getOptionalConfigArray('exemptions') ?? []).map(
      (e, index) => ({
        check: knownCheckId(e, `readiness.exemptions[${index}]`, 'any'),
        cluster: e.getOptionalString('cluster'),
        namespace: e.getOptionalString('namespace'),
        object: e.has('object')
          ? {
              kind: e.getString('object.kind'),
              name: e.getString('object.name'),
            }
          : undefined,
        reason: e.getString('reason'),
        by: e.getOptionalString('by'),
        expires: isoDate(e, 'expires'),
      }),
    ),
    clusters,
    kubernetes: {
      pageSize: config?.getOptionalNumber('kubernetes.pageSize') ?? 500,
      requestTimeoutMs:
        config?.getOptionalNumber('kubernetes.requestTimeoutMs') ?? 30_000,
      maxListBytes:
        config?.getOptionalNumber('kubernetes.maxListBytes') ??
        512 * 1024 * 1024,
    },
    runbooks: {
      baseUrl:
        runbooks?.getOptionalString('baseUrl') ?? DEFAULT_RUNBOOK_BASE_URL,
      overrides: Object.fromEntries(
        (overrides?.keys() ?? []).map(k => [k, overrides!.getString(k)]),
      ),
      directory: runbooks?.getOptionalString('directory'),
    },
    teamCard: {
      scoreBar: config?.getOptionalNumber('teamCard.scoreBar') ?? 14,
      growthThreshold:
        config?.getOptionalNumber('cost.growthAlertThreshold') ?? 0.2,
    },
    retentionDays: config?.getOptionalNumber('retentionDays') ?? 400,
    pricing: {
      default: readPricing(config?.getOptionalConfig('cost.pricing')),
      clusters: Object.fromEntries(
        clusters.filter(c => c.pricing).map(c => [c.name, c.pricing!]),
      ),
    },
    catalogClusters: {
      enabled: config?.getOptionalBoolean('catalogClusters.enabled') ?? false,
      serviceAccountTokens: Object.fromEntries(
        (
          config
            ?.getOptionalConfig('catalogClusters.serviceAccountTokens')
            ?.keys() ?? []
        ).map(name => [
          name,
          config!.getString(`catalogClusters.serviceAccountTokens.${name}`),
        ]),
      ),
      frequencyMinutes:
        config?.getOptionalNumber('catalogClusters.discoveryMinutes') ?? 10,
    },
    ownership: {
      overrides: (
        config?.getOptionalConfigArray('ownership.overrides') ?? []
      ).map(o => ({
        cluster: o.getOptionalString('cluster'),
        namespace: o.getString('namespace'),
        owner: o.getString('owner'),
      })),
      keys: config?.getOptionalStringArray('ownership.keys'),
    },
  };
}

function readPricing(config: Config | undefined): Partial<Pricing> | undefined {
  if (!config) return undefined;
  const pricing: Partial<Pricing> = {};
  for (const key of [
    'cpuCoreHour',
    'memoryGiBHour',
    'gpuHour',
    'storageGiBMonth',
    'loadBalancerMonth',
  ] as const) {
    const value = config.getOptionalNumber(key);
    if (value !== undefined) {
      if (value < 0)
        throw new InputError(
          `pricing.${key} must not be negative, got ${value}`,
        );
      pricing[key] = value;
    }
  }
  const currency = config.getOptionalString('currency');
  if (currency) pricing.currency = currency;
  return pricing;
}

/** The scoring options the configuration implies. */
export function scoringOptions(config: ReadinessConfig): ScoringOptions {
  return {
    cost: {
      pricing: config.pricing,
      ownership: {
        overrides: config.ownership.overrides,
        keys: config.ownership.keys,
      },
    },
    settings: config.checks,
    runbookUrl: id => runbookUrl(config, id),
    attestations: config.attestations,
    attestationMaxAgeDays: config.attestationMaxAgeDays,
    exemptions: config.exemptions,
  };
}

/** The runbook link for a check, honouring per-check overrides. */
export function runbookUrl(config: ReadinessConfig, checkId: string): string {
  return (
    config.runbooks.overrides[checkId] ?? `${config.runbooks.baseUrl}${checkId}`
  );
}

/**
 * The id of a check this version has (and, for attestations, one settled by attestation): a
 * misspelt id would otherwise settle nothing, in silence.
 */
function knownCheckId(config: Config, at: string, kind: 'attested' | 'any') {
  const id = config.getString('check');
  const definition = checkDefinition(id);
  if (!definition) {
    throw new InputError(`${at}.check: no check has the id "${id}"`);
  }
  if (kind === 'attested' && !definition.attested) {
    throw new InputError(
      `${at}.check: "${id}" is observed through the Kubernetes API and cannot be attested; these can: ${CHECKS.filter(
        c => c.attested,
      )
        .map(c => c.id)
        .join(', ')}`,
    );
  }
  return id;
}

/** A date from config as `YYYY-MM-DD`; YAML may hand it over as a Date or a string. */
function isoDate(config: Config, key: string): string {
  const raw = config.get(key);
  const date = raw instanceof Date ? raw : new Date(String(raw));
  if (Number.isNaN(date.getTime())) {
    throw new InputError(
      `${key} must be a date like 2026-11-25, got "${String(raw)}"`,
    );
  }
  return date.toISOString().slice(0, 10);
}
