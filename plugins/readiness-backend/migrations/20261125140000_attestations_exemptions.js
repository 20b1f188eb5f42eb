// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // Declarations made through the API. Revoking sets revoked_at/revoked_by instead of deleting,
  // so the tables and the audit log together say who vouched for what, and when it stopped.
  // Times are ISO strings and days YYYY-MM-DD, like the other readiness tables.
  await knex.schema.createTable('readiness_attestations', table => {
    table.comment('Attestations of facts the Kubernetes API cannot show');
    table.string('id').primary().notNullable().comment('UUID');
    table
      .string('cluster')
      .notNullable()
      .comment("Cluster name, or '*' for every cluster");
    table.string('check_id').notNullable();
    table
      .string('date')
      .notNullable()
      .comment('YYYY-MM-DD: when the fact was established');
    table.text('evidence_url').notNullable();
    table
      .string('declared_by')
      .notNullable()
      .comment("User entity ref from the caller's credentials");
    table
      .string('expires_at')
      .notNullable()
      .comment('YYYY-MM-DD, stored explicitly even when defaulted');
    table.string('created_at').notNullable();
    table.string('revoked_at').nullable();
    table.string('revoked_by').nullable();
    table.index(['cluster'], 'readiness_attestations_cluster_idx');
  });

  await knex.schema.createTable('readiness_exemptions', table => {
    table.comment('Accepted failures, each with a reason and an expiry');
    table.string('id').primary().notNullable().comment('UUID');
    table
      .string('cluster')
      .nullable()
      .comment('Cluster name; every cluster when null');
    table.string('check_id').notNullable();
    table.string('namespace').nullable();
    table.string('object_kind').nullable();
    table.string('object_name').nullable();
    table.text('reason').notNullable();
    table
      .string('created_by')
      .notNullable()
      .comment("User entity ref from the caller's credentials");
    table.string('expires_at').notNullable().comment('YYYY-MM-DD');
    table.string('created_at').notNullable();
    table.string('revoked_at').nullable();
    table.string('revoked_by').nullable();
    table.index(['cluster'], 'readiness_exemptions_cluster_idx');
  });

  await knex.schema.createTable('readiness_audit', table => {
    table.comment(
      'Every creation and revocation of an attestation or exemption',
    );
    table
      .increments('id')
      .comment('Orders entries made in the same millisecond');
    table.string('at').notNullable();
    table.string('actor').notNullable().comment('User entity ref');
    table.string('action').notNullable().comment('create | revoke');
    table.string('kind').notNullable().comment('attestation | exemption');
    table.string('item_id').notNullable();
    table
      .text('details')
      .notNullable()
      .comment('JSON: the declaration as it stood then');
    table.index(['kind', 'item_id'], 'readiness_audit_item_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_audit');
  await knex.schema.dropTable('readiness_exemptions');
  await knex.schema.dropTable('readiness_attestations');
};
