// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // The result shown for each cluster, and how fresh it is. A failed scan updates the attempt
  // columns and keeps `report`: the last good result is never lost.
  await knex.schema.createTable('readiness_cluster_state', table => {
    table.comment('Latest readiness report and scan state per cluster');
    table.string('cluster_name').primary().notNullable();
    table
      .text('report')
      .nullable()
      .comment('Latest report JSON (readiness/v1)');
    table
      .string('last_success_at')
      .nullable()
      .comment('ISO time of the report shown');
    table.string('last_attempt_at').nullable();
    table
      .text('last_error')
      .nullable()
      .comment('Why the latest attempt failed, if it did');
  });

  await knex.schema.createTable('readiness_score_history', table => {
    table.comment('Daily total and pillar scores per cluster');
    table.string('cluster_name').notNullable();
    table.string('day').notNullable().comment('YYYY-MM-DD (UTC)');
    table.integer('total').notNullable();
    table.text('pillars').notNullable().comment('JSON: pillar id to score');
    table.primary(['cluster_name', 'day']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_score_history');
  await knex.schema.dropTable('readiness_cluster_state');
};
