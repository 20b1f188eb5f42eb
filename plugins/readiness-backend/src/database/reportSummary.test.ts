import { PILLARS } from '@readiness/plugin-readiness-common';
import { namespace, testReport } from './__testUtils__/reports';
import { parseStoredSummary, summarizeReport } from './reportSummary';

describe('summarizeReport', () => {
  const report = testReport('prod', '2026-11-25T10:00:00.000Z', {
    scores: { tenancy: 2, security: 3 },
    namespaces: [
      namespace('payments-api', 'payments'),
      namespace('kube-system', null),
      namespace('checkout', 'group:default/checkout'),
      namespace('payments-worker', 'payments'),
      namespace('unlabelled', ''),
      namespace('analytics', 'Analytics'),
    ],
  });

  it('keeps the totals and the pillar scores, without the checks', () => {
    const summary = summarizeReport(report);
    expect(summary).toEqual({
      scannedAt: '2026-11-25T10:00:00.000Z',
      total: 5,
      max: 27,
      assessedPillars: 2,
      pillars: PILLARS.map(p => ({
        id: p.id,
        title: p.title,
        score: { tenancy: 2, security: 3 }[p.id as string] ?? null,
        coverage: ['tenancy', 'security'].includes(p.id) ? 0.75 : 0,
      })),
      owners: ['Analytics', 'group:default/checkout', 'payments'],
    });
    // Key order as the routes list them, so their JSON is unchanged.
    expect(Object.keys(summary.pillars[0])).toEqual([
      'id',
      'title',
      'score',
      'coverage',
    ]);
  });

  it('lists each owner once, sorted, and leaves out namespaces without one', () => {
    expect(summarizeReport(report).owners).toEqual([
      'Analytics',
      'group:default/checkout',
      'payments',
    ]);
    expect(
      summarizeReport(testReport('empty', report.scannedAt)).owners,
    ).toEqual([]);
  });

  it('is a small fraction of the report', () => {
    const big = {
      ...report,
      namespaces: Array.from({ length: 500 }, (_, i) =>
        namespace(`ns-${i}`, `team-${i % 20}`),
      ),
    };
    expect(JSON.stringify(summarizeReport(big)).length).toBeLessThan(
      JSON.stringify(big).length / 20,
    );
  });
});

describe('parseStoredSummary', () => {
  const summary = summarizeReport(
    testReport('prod', '2026-11-25T10:00:00.000Z'),
  );
  const stored = JSON.stringify(summary);

  it.each([
    ['no summary', null, '2026-11-25T10:00:00.000Z', undefined],
    ['the summary of the report shown', stored, summary.scannedAt, summary],
    [
      'a summary of an older report (written by an older backend)',
      stored,
      '2026-11-26T10:00:00.000Z',
      undefined,
    ],
    [
      'the summary of the all-unknown report of a cluster never scanned',
      stored,
      null,
      summary,
    ],
  ])('%s', (_what, column, lastSuccessAt, expected) => {
    expect(parseStoredSummary(column, lastSuccessAt)).toEqual(expected);
  });
});
