import { Attributes, metrics } from '@opentelemetry/api';
import { ScanOutcome } from './ScanService';

/**
 * The plugin's metrics through the OpenTelemetry API that Backstage exports: scores as gauges
 * (so dashboards and alerts can watch a cluster's readiness), scan durations and failures.
 */
export class ReadinessMetrics {
  readonly #latest = new Map<string, ScanOutcome>();
  readonly #duration;
  readonly #failures;

  static create(): ReadinessMetrics {
    return new ReadinessMetrics();
  }

  private constructor() {
    const meter = metrics.getMeter('readiness');
    this.#duration = meter.createHistogram('readiness.scan.duration', {
      description: 'Wall time of one cluster scan',
      unit: 'ms',
    });
    this.#failures = meter.createCounter('readiness.scan.failures', {
      description: 'Cluster scans that could not read the cluster',
    });
    meter
      .createObservableGauge('readiness.cluster.score', {
        description: 'Total readiness score of a cluster, 0 to 27',
      })
      .addCallback(result => {
        for (const [cluster, outcome] of this.#latest) {
          if (outcome.ok) result.observe(outcome.report.total, { cluster });
        }
      });
    meter
      .createObservableGauge('readiness.pillar.score', {
        description: 'Score of one pillar of a cluster, 0 to 3',
      })
      .addCallback(result => {
        for (const [cluster, outcome] of this.#latest) {
          if (!outcome.ok) continue;
          for (const pillar of outcome.report.pillars) {
            if (pillar.score !== null)
              result.observe(pillar.score, { cluster, pillar: pillar.id });
          }
        }
      });
    meter
      .createObservableGauge('readiness.namespace.monthly_cost', {
        description: 'Estimated monthly cost of a namespace',
      })
      .addCallback(result => {
        for (const [cluster, outcome] of this.#latest) {
          if (!outcome.ok) continue;
          for (const ns of outcome.report.namespaces) {
            if (!ns.cost) continue;
            const attributes: Attributes = {
              cluster,
              namespace: ns.name,
              currency: ns.cost.currency,
            };
            if (ns.owner) attributes.owner = ns.owner;
            result.observe(ns.cost.monthly, attributes);
          }
        }
      });
  }

  recordScan(outcome: ScanOutcome): void {
    this.#duration.record(outcome.durationMs, {
      cluster: outcome.cluster,
      ok: outcome.ok,
    });
    if (outcome.ok) this.#latest.set(outcome.cluster, outcome);
    else this.#failures.add(1, { cluster: outcome.cluster });
  }
}
