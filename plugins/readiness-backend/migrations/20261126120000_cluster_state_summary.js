// @ts-check

/** Rows read at a time while back-filling: a stored report is about 200 KB of JSON. */
const BATCH = 50;

/**
 * What the cluster list and the portal report show of a report. A copy, as of this migration,
 * of `summarizeReport` in src/database/reportSummary.ts: migrations stay plain JS and must keep
 * doing what they did when they first ran, whatever the source later becomes.
 *
 * @param {any} report a stored report (readiness/v1)
 */
function summarize(report) {
  return {
    scannedAt: report.scannedAt,
    total: report.total,
    max: report.max,
    assessedPillars: report.assessedPillars,
    pillars: (report.pillars ?? []).map(
      (/** @type {any} */ { id, title, score, coverage }) => ({
        id,
        title,
        score,
        coverage,
      }),
    ),
    owners: [
      ...new Set(
        (report.namespaces ?? [])
          .map((/** @type {any} */ n) => n.owner)
          .filter(Boolean),
      ),
    ].sort(),
  };
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // The cluster list and the portal report read only this small summary, never the reports:
  // parsing every stored report on each request took about a second for 1,000 clusters.
  await knex.schema.alterTable('readiness_cluster_state', table => {
    table
      .text('summary')
      .nullable()
      .comment(
        'JSON: the totals, pillar scores and owners of report; null when there is no report',
      );
  });

  // Back-fill existing rows, a batch at a time in cluster order, so memory holds a few reports.
  let after = '';
  for (;;) {
    const rows = await knex('readiness_cluster_state')
      .select('cluster_name', 'report')
      .whereNotNull('report')
      .where('cluster_name', '>', after)
      .orderBy('cluster_name')
      .limit(BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      let summary;
      try {
        summary = JSON.stringify(summarize(JSON.parse(row.report)));
      } catch {
        // An unreadable report stays unsummarized: reading the row fails as it did before,
        // instead of this migration stopping the backend from starting.
        continue;
      }
      await knex('readiness_cluster_state')
        .where({ cluster_name: row.cluster_name })
        .update({ summary });
    }
    after = rows[rows.length - 1].cluster_name;
  }

  if (knex.client.dialect === 'sqlite3') {
    // In SQLite the last_* columns follow `report` in each row, so reading them walks the
    // report's overflow pages: 60 ms and more for 1,000 clusters of 180 KB reports, for rows
    // whose summary and state are a few hundred bytes. A covering index serves the cluster
    // list without touching the rows (3 ms). PostgreSQL keeps large values out of the row
    // (TOAST) and needs none; its B-tree entries could not hold a long summary anyway.
    await knex.schema.alterTable('readiness_cluster_state', table => {
      table.index(
        [
          'cluster_name',
          'summary',
          'last_success_at',
          'last_attempt_at',
          'last_error',
        ],
        'readiness_cluster_state_summary_idx',
      );
    });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('readiness_cluster_state', table => {
    if (knex.client.dialect === 'sqlite3') {
      table.dropIndex([], 'readiness_cluster_state_summary_idx');
    }
    table.dropColumn('summary');
  });
};
