import { PILLARS, ReportRow } from '@readiness/plugin-readiness-common';
import { StoredClusterState } from '../database/ReadinessStore';
import {
  namespace,
  storedState,
  summaryRow,
  testReport,
} from '../database/__testUtils__/reports';
import { scanState } from '../service/views';
import { portalReport, portalReportCsv } from './portalReport';

const NOW = new Date('2026-11-25T12:00:00Z');
const STALE_AFTER_MS = 6 * 3600_000;

/**
 * `portalReport` as it was before summaries: from the whole reports. A cluster never read
 * successfully has no total and no assessed pillar.
 */
function fromReports(states: StoredClusterState[]): ReportRow[] {
  return states.map(state => {
    const report = state.report;
    const read = Boolean(state.lastSuccessAt);
    const scan = scanState(state, STALE_AFTER_MS, NOW);
    return {
      cluster: state.name,
      total: report && read ? report.total : null,
      max: report?.max ?? 27,
      assessedPillars: read ? report?.assessedPillars ?? 0 : 0,
      pillars: Object.fromEntries(
        PILLARS.map(p => [
          p.id,
          read ? report?.pillars.find(r => r.id === p.id)?.score ?? null : null,
        ]),
      ),
      owners: [
        ...new Set(
          (report?.namespaces ?? [])
            .map(n => n.owner)
            .filter((o): o is string => Boolean(o)),
        ),
      ].sort(),
      stale: scan.stale,
      lastSuccessAt: state.lastSuccessAt,
      lastError: state.lastError,
    };
  });
}

function stored(
  name: string,
  fields: Partial<StoredClusterState> = {},
): StoredClusterState {
  const report =
    fields.report === undefined
      ? testReport(name, '2026-11-25T10:00:00.000Z', {
          scores: { tenancy: 2, security: 1, backup: 0 },
          namespaces: [
            namespace('payments-api', 'payments'),
            namespace('kube-system', null),
            namespace('checkout', 'group:default/checkout'),
            namespace('payments-worker', 'payments'),
            namespace('tools', '=HYPERLINK("http://x")'),
          ],
        })
      : fields.report;
  return storedState(name, report, fields);
}

const STATES: StoredClusterState[] = [
  stored('prod'),
  stored('old', {
    report: testReport('old', '2026-11-24T10:00:00.000Z'),
    lastSuccessAt: '2026-11-24T10:00:00.000Z',
  }),
  stored('flaky', {
    lastAttemptAt: '2026-11-25T11:00:00.000Z',
    lastError: 'HTTP 401: Unauthorized, "quoted"',
  }),
  stored('new', {
    // What the engine writes for an unreadable cluster: every check unknown, every pillar 0.
    report: testReport('new', '2026-11-25T11:00:00.000Z', {
      scores: Object.fromEntries(PILLARS.map(p => [p.id, 0])),
    }),
    lastSuccessAt: null,
    lastError: 'connect ECONNREFUSED 10.0.0.1:6443',
  }),
  stored('legacy', {
    report: testReport('legacy', '2026-11-25T10:00:00.000Z', {
      scores: { tenancy: 3 },
      pillars: ['tenancy', 'security'],
    }),
  }),
  stored('-empty', { report: null, lastSuccessAt: null }),
];

describe('portalReport', () => {
  it('shows a cluster never read as not assessed, not as zeros', () => {
    const rows = portalReport(STATES.map(summaryRow), STALE_AFTER_MS, NOW);
    const never = rows.find(r => r.cluster === 'new')!;
    expect(never).toMatchObject({ total: null, assessedPillars: 0 });
    expect(Object.values(never.pillars)).toEqual(PILLARS.map(() => null));
    const csv = portalReportCsv(rows).split('\n');
    expect(csv.find(line => line.startsWith('new,'))).toMatch(
      /^new,,27,0,,,,,,,,,,/,
    );
  });

  it('gives from the summaries the same JSON and CSV as from the reports', () => {
    const rows = portalReport(STATES.map(summaryRow), STALE_AFTER_MS, NOW);
    const before = fromReports(STATES);
    expect(JSON.stringify(rows)).toBe(JSON.stringify(before));
    expect(portalReportCsv(rows)).toBe(portalReportCsv(before));
    // Whole stored states still work too.
    expect(JSON.stringify(portalReport(STATES, STALE_AFTER_MS, NOW))).toBe(
      JSON.stringify(before),
    );
  });

  it('has a row per cluster with every pillar, owners and freshness', () => {
    const rows = portalReport(STATES.map(summaryRow), STALE_AFTER_MS, NOW);
    expect(rows[0]).toEqual({
      cluster: 'prod',
      total: 3,
      max: 27,
      assessedPillars: 3,
      pillars: Object.fromEntries(
        PILLARS.map(p => [
          p.id,
          ({ tenancy: 2, security: 1, backup: 0 } as Record<string, number>)[
            p.id
          ] ?? null,
        ]),
      ),
      owners: ['=HYPERLINK("http://x")', 'group:default/checkout', 'payments'],
      stale: false,
      lastSuccessAt: '2026-11-25T10:00:00.000Z',
      lastError: null,
    });
    expect(rows.map(r => [r.cluster, r.total, r.stale])).toEqual([
      ['prod', 3, false],
      ['old', 2, true],
      ['flaky', 3, true],
      ['new', null, true],
      ['legacy', 3, false],
      ['-empty', null, true],
    ]);
    expect(rows[4].pillars).toMatchObject({ tenancy: 3, security: null });
  });

  it('writes CSV with formula cells escaped', () => {
    const csv = portalReportCsv(
      portalReport(STATES.map(summaryRow), STALE_AFTER_MS, NOW),
    );
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(STATES.length + 2);
    expect(lines[0]).toBe(
      `cluster,total,max,assessed pillars,${PILLARS.map(p => p.title).join(
        ',',
      )},owners,stale,last scan,last error`,
    );
    expect(lines[1]).toContain(
      `"'=HYPERLINK(""http://x"") group:default/checkout payments",no,2026-11-25T10:00:00.000Z,`,
    );
    expect(lines[6].startsWith(`'-empty,,27,0,`)).toBe(true);
  });
});
