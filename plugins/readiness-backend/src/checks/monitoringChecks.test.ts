import { ClusterReport } from '@readiness/plugin-readiness-common';
import { AlertRuleFact, MonitorFact } from '../collect/facts';
import {
  isUserFacing,
  runbookOf,
  scrapedNamespaces,
} from './monitoringChecks.helpers';
import {
  checkOf as check,
  fixtureReader as fixture,
  forbidding as serving,
  pillarOf,
  scoreReader as score,
  statusesOf,
} from './__testUtils__/scoreFixture';

const monitoring = (report: ClusterReport) => pillarOf(report, 'monitoring');
const statuses = (report: ClusterReport) => statusesOf(report, 'monitoring');

const rule = (
  alert: string,
  expr: string,
  labels: Record<string, string> = {},
): AlertRuleFact => ({
  namespace: 'monitoring',
  name: 'rules',
  alert,
  expr,
  labels,
  annotations: {},
});

describe('monitoring checks', () => {
  it.each([
    [
      'monitoring-observed.yaml',
      3,
      {
        'monitoring-prometheus': 'pass',
        'monitoring-kube-state-metrics': 'pass',
        'monitoring-alertmanager': 'pass',
        'monitoring-workload-namespaces-scraped': 'pass',
        'monitoring-log-shipping': 'pass',
        'monitoring-user-facing-alerts': 'pass',
        'monitoring-alert-severity': 'pass',
      },
    ],
    [
      'monitoring-infra-only.yaml',
      2,
      {
        'monitoring-prometheus': 'pass',
        'monitoring-kube-state-metrics': 'pass',
        'monitoring-alertmanager': 'warn',
        'monitoring-workload-namespaces-scraped': 'warn',
        'monitoring-log-shipping': 'pass',
        'monitoring-user-facing-alerts': 'fail',
        'monitoring-alert-severity': 'fail',
      },
    ],
    [
      'monitoring-unmonitored.yaml',
      0,
      {
        'monitoring-prometheus': 'fail',
        'monitoring-kube-state-metrics': 'fail',
        'monitoring-alertmanager': 'fail',
        'monitoring-workload-namespaces-scraped': 'fail',
        'monitoring-log-shipping': 'fail',
        'monitoring-user-facing-alerts': 'fail',
        'monitoring-alert-severity': 'fail',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const report = await score(fixture(file));
      expect(statuses(report)).toEqual(expected);
      expect(monitoring(report).score).toBe(expectedScore);
    },
  );

  it('names the components it found and the user-facing alerts', async () => {
    const report = await score(fixture('monitoring-observed.yaml'));
    expect(check(report, 'monitoring-prometheus').evidence).toBe(
      'Prometheus monitoring/k8s runs under prometheus-operator.',
    );
    expect(check(report, 'monitoring-kube-state-metrics').evidence).toBe(
      'kube-state-metrics runs as Deployment monitoring/kube-state-metrics.',
    );
    expect(check(report, 'monitoring-log-shipping').evidence).toBe(
      'Logs are shipped by the DaemonSet(s) logging/fluent-bit (Fluent Bit).',
    );
    expect(check(report, 'monitoring-user-facing-alerts').evidence).toBe(
      '1 of 2 alerts fire on user-visible pain: CheckoutErrorBudgetBurn (shop/checkout-slo).',
    );
    expect(check(report, 'monitoring-alert-severity').evidence).toBe(
      'All 2 alerts carry a severity label (1 warning, 1 critical).',
    );
  });

  it('names infrastructure-only alerts, unlabelled alerts and unscraped platform namespaces', async () => {
    const report = await score(fixture('monitoring-infra-only.yaml'));
    expect(check(report, 'monitoring-alertmanager')).toMatchObject({
      evidence:
        'Alertmanager runs without prometheus-operator as StatefulSet monitoring/alertmanager; the scan reads monitors and alert rules from prometheus-operator objects only.',
      objects: [
        { kind: 'StatefulSet', namespace: 'monitoring', name: 'alertmanager' },
      ],
    });
    expect(check(report, 'monitoring-kube-state-metrics').evidence).toBe(
      'kube-state-metrics runs as Deployment monitoring/cluster-state-exporter.',
    );
    expect(
      check(report, 'monitoring-workload-namespaces-scraped').evidence,
    ).toBe(
      'Every namespace running catalog components is scraped, but 3 other workload namespace(s) are selected by no ServiceMonitor or PodMonitor: ingress-nginx, monitoring, logging.',
    );
    const userFacing = check(report, 'monitoring-user-facing-alerts');
    expect(userFacing.evidence).toBe(
      'All 2 alerts watch infrastructure; none fires on error rate, latency or SLO burn, so users can be failing while nothing pages: NodeFilesystemAlmostOutOfSpace, HighCPU.',
    );
    expect(userFacing.objects).toEqual([
      { kind: 'PrometheusRule', namespace: 'monitoring', name: 'node-alerts' },
    ]);
    expect(check(report, 'monitoring-alert-severity').evidence).toBe(
      '1 of 2 alerts carry no severity label, so routing cannot tell a page from a ticket: HighCPU (monitoring/node-alerts).',
    );
  });

  it('treats every workload namespace as an application namespace when none carries catalog labels', async () => {
    const report = await score(fixture('monitoring-unmonitored.yaml'));
    const scraped = check(report, 'monitoring-workload-namespaces-scraped');
    expect(scraped.evidence).toBe(
      '2 of 2 workload namespaces are selected by no ServiceMonitor or PodMonitor, so their application metrics are not collected: shop, tools.',
    );
    expect(scraped.objects).toEqual([
      { kind: 'Namespace', name: 'shop' },
      { kind: 'Namespace', name: 'tools' },
    ]);
    // Fluentd runs, but as a Deployment: it does not tail every node.
    expect(check(report, 'monitoring-log-shipping').status).toBe('fail');
    expect(check(report, 'monitoring-prometheus').evidence).toBe(
      'No Prometheus runs: no monitoring.coreos.com Prometheus exists and no workload runs the Prometheus image, so nothing collects metrics.',
    );
  });

  it('says prometheus-operator is not installed when monitoring.coreos.com is not served', async () => {
    const report = await score(
      serving(fixture('monitoring-unmonitored.yaml'), null, {
        groupVersions: new Set(),
      }),
    );
    expect(check(report, 'monitoring-prometheus').evidence).toBe(
      'No Prometheus runs: prometheus-operator is not installed (the monitoring.coreos.com API group is not served) and no workload runs the Prometheus image, so nothing collects metrics.',
    );
    expect(check(report, 'monitoring-user-facing-alerts').evidence).toBe(
      'No alert is defined: prometheus-operator is not installed (the monitoring.coreos.com API group is not served).',
    );
    expect(
      check(report, 'monitoring-workload-namespaces-scraped').evidence,
    ).toContain(
      'selected by no ServiceMonitor or PodMonitor (prometheus-operator is not installed)',
    );
  });

  it.each([
    ['prometheuses', ['monitoring-prometheus']],
    ['alertmanagers', ['monitoring-alertmanager']],
    ['servicemonitors', ['monitoring-workload-namespaces-scraped']],
    [
      'prometheusrules',
      ['monitoring-user-facing-alerts', 'monitoring-alert-severity'],
    ],
    [
      'daemonsets',
      [
        'monitoring-kube-state-metrics',
        'monitoring-workload-namespaces-scraped',
        'monitoring-log-shipping',
      ],
    ],
  ])(
    'a forbidden %s makes exactly the checks that need it unknown',
    async (plural, unknownChecks) => {
      const report = await score(
        serving(fixture('monitoring-observed.yaml'), plural),
      );
      const unknown = monitoring(report).checks.filter(
        c => c.status === 'unknown',
      );
      expect(unknown.map(c => c.id).sort()).toEqual([...unknownChecks].sort());
      for (const c of unknown)
        expect(c.evidence).toContain(`HTTP 403: ${plural} is forbidden`);
      expect(monitoring(report).score).toBeLessThan(3);
    },
  );

  it('reads monitor namespace selectors: own namespace, listed names, or any', () => {
    const monitor = (
      namespace: string,
      namespaces: string[] | null,
    ): MonitorFact => ({
      namespace,
      name: 'm',
      kind: 'ServiceMonitor',
      namespaces,
    });
    expect(
      scrapedNamespaces([
        monitor('shop', null),
        monitor('monitoring', ['logging', 'web']),
      ]),
    ).toEqual({
      all: false,
      names: new Set(['shop', 'logging', 'web']),
    });
    expect(scrapedNamespaces([monitor('monitoring', ['*'])]).all).toBe(true);
  });

  it.each([
    [
      'PaymentsApiErrorRate',
      true,
      'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.01',
      {},
    ],
    [
      'CheckoutP99',
      true,
      'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 1',
      {},
    ],
    [
      'OrdersAvailability',
      true,
      'slo:sli_error:ratio_rate1h{sloth_service="orders"} > (14.4 * 0.001)',
      {},
    ],
    [
      'QueueBacklog',
      true,
      'sum(kafka_consumergroup_lag) > 1000',
      { slo: 'orders-freshness' },
    ],
    [
      'NodeCPUHigh',
      false,
      '100 - (avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) * 100) > 80',
      {},
    ],
    [
      'KubePodCrashLooping',
      false,
      'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m]) >= 1',
      {},
    ],
    // kube-prometheus's API server SLO: burn-rate shaped, but about the platform, not users.
    [
      'KubeAPIErrorBudgetBurn',
      false,
      'sum(apiserver_request:burnrate1h) > (14.40 * 0.01000)',
      {},
    ],
  ])('%s is user-facing: %s', (alert, expected, expr, labels) => {
    expect(isUserFacing(rule(alert, expr, labels))).toBe(expected);
  });

  it('reads runbook_url and runbook annotations, ignoring empty ones', () => {
    const withAnnotations = (annotations: Record<string, string>) => ({
      ...rule('A', 'up == 0'),
      annotations,
    });
    expect(runbookOf(withAnnotations({ runbook_url: 'https://r/a' }))).toBe(
      'https://r/a',
    );
    expect(runbookOf(withAnnotations({ runbook: 'https://r/b' }))).toBe(
      'https://r/b',
    );
    expect(runbookOf(withAnnotations({ runbook_url: ' ' }))).toBeNull();
    expect(runbookOf(withAnnotations({ summary: 'x' }))).toBeNull();
  });
});
