import { ClusterSummary, PILLARS } from '@readiness/plugin-readiness-common';
import { StoredClusterState } from '../database/ReadinessStore';
import {
  namespace,
  storedState,
  summaryRow,
  testReport,
} from '../database/__testUtils__/reports';
import { clusterSummary, scanState } from './views';

const NOW = new Date('2026-11-25T12:00:00Z');
const STALE_AFTER_MS = 6 * 3600_000;

/**
 * `clusterSummary` as it was before summaries: from the whole report. A cluster never read
 * successfully has no total and no assessed pillar.
 */
function fromReport(state: StoredClusterState): ClusterSummary {
  const report = state.report;
  const read = Boolean(state.lastSuccessAt);
  return {
    name: state.name,
    total: report && read ? report.total : null,
    max: report?.max ?? 27,
    assessedPillars: read ? report?.assessedPillars ?? 0 : 0,
    pillars: (report?.pillars ?? []).map(({ id, title, score, coverage }) => ({
      id,
      title,
      score: read ? score : null,
      coverage,
    })),
    scan: scanState(state, STALE_AFTER_MS, NOW),
  };
}

/** A stored state as `getClusters()` returns it. */
function stored(
  name: string,
  fields: Partial<StoredClusterState> = {},
): StoredClusterState {
  const report =
    fields.report === undefined
      ? testReport(name, '2026-11-25T10:00:00.000Z', {
          scores: { tenancy: 2, security: 1 },
          namespaces: [namespace('a', 'payments'), namespace('b', null)],
        })
      : fields.report;
  return storedState(name, report, fields);
}

const STATES: Array<[string, StoredClusterState]> = [
  ['scanned, fresh', stored('prod')],
  [
    'scanned long ago: stale',
    stored('old', {
      report: testReport('old', '2026-11-24T10:00:00.000Z'),
      lastSuccessAt: '2026-11-24T10:00:00.000Z',
    }),
  ],
  [
    'last scan failed: the last good report, stale, with the error',
    stored('flaky', {
      lastAttemptAt: '2026-11-25T11:00:00.000Z',
      lastError: 'HTTP 401: Unauthorized',
    }),
  ],
  [
    'never scanned: the all-unknown report, no total',
    stored('new', {
      // What the engine writes for an unreadable cluster: every check unknown, pillars 0.
      report: testReport('new', '2026-11-25T11:00:00.000Z', {
        scores: Object.fromEntries(PILLARS.map(p => [p.id, 0])),
      }),
      lastSuccessAt: null,
      lastError: 'connect ECONNREFUSED 10.0.0.1:6443',
    }),
  ],
  [
    'an older report without some pillars',
    stored('legacy', {
      report: testReport('legacy', '2026-11-25T10:00:00.000Z', {
        scores: { tenancy: 3 },
        pillars: ['tenancy', 'security'],
      }),
    }),
  ],
  ['no report at all', stored('empty', { report: null, lastSuccessAt: null })],
];

describe('clusterSummary', () => {
  it.each(STATES)(
    '%s: from the summary, the same JSON as from the report',
    (_what, s) => {
      const expected = JSON.stringify(fromReport(s));
      expect(
        JSON.stringify(clusterSummary(summaryRow(s), STALE_AFTER_MS, NOW)),
      ).toBe(expected);
      // A whole stored state (entity and team routes) still works too.
      expect(JSON.stringify(clusterSummary(s, STALE_AFTER_MS, NOW))).toBe(
        expected,
      );
    },
  );

  it('shows totals, scores and freshness', () => {
    const [, fresh] = STATES[0];
    expect(clusterSummary(summaryRow(fresh), STALE_AFTER_MS, NOW)).toEqual({
      name: 'prod',
      total: 3,
      max: 27,
      assessedPillars: 2,
      pillars: expect.arrayContaining([
        { id: 'tenancy', title: expect.any(String), score: 2, coverage: 0.75 },
      ]),
      scan: {
        lastSuccessAt: '2026-11-25T10:00:00.000Z',
        lastAttemptAt: '2026-11-25T10:00:00.000Z',
        lastError: null,
        stale: false,
      },
    });
    const [, never] = STATES[3];
    expect(
      clusterSummary(summaryRow(never), STALE_AFTER_MS, NOW),
    ).toMatchObject({ total: null, assessedPillars: 0, scan: { stale: true } });
    // Its pillars are not assessed rather than the zeros of its all-unknown report.
    expect(
      clusterSummary(summaryRow(never), STALE_AFTER_MS, NOW).pillars.map(p => [
        p.id,
        p.score,
      ]),
    ).toEqual(PILLARS.map(p => [p.id, null]));
    const [, empty] = STATES[5];
    expect(
      clusterSummary(summaryRow(empty), STALE_AFTER_MS, NOW),
    ).toMatchObject({ total: null, max: 27, assessedPillars: 0, pillars: [] });
  });
});
