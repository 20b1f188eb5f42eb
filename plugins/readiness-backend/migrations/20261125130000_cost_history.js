// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // Daily cost per namespace with its owner on that day, so team roll-ups and month-over-month
  // growth are single queries.
  await knex.schema.createTable('readiness_cost_history', table => {
    table.comment('Daily monthly-cost estimate per cluster namespace');
    table.string('cluster_name').notNullable();
    table.string('namespace').notNullable();
    table.string('day').notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('owner').nullable();
    table.double('monthly').notNullable();
    table.string('currency').notNullable();
    table.primary(['cluster_name', 'namespace', 'day']);
    table.index(['owner', 'day'], 'readiness_cost_history_owner_day_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_cost_history');
};
