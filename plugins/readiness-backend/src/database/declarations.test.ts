import path from 'node:path';
import { TestDatabases } from '@backstage/backend-test-utils';
import { createTestStore } from './__testUtils__/testStore';

const JANE = 'user:default/jane';
const OMAR = 'user:default/omar';
const NOW = new Date('2026-11-25T12:00:00Z');

describe('attestations, exemptions and their audit trail in the store', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  const createStore = (databaseId: Parameters<typeof databases.init>[0]) =>
    createTestStore(databases, databaseId);

  it.each(databases.eachSupportedId())(
    'applies only live declarations and keeps every one on record, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const live = await store.createAttestation(
        {
          cluster: 'prod',
          check: 'incidents-on-call-rotation',
          date: '2026-11-20',
          evidence: 'https://wiki.example.com/on-call',
          expires: '2027-02-18',
        },
        JANE,
        NOW,
      );
      expect(live).toMatchObject({
        by: JANE,
        status: 'live',
        revokedAt: null,
      });
      const everywhere = await store.createAttestation(
        {
          cluster: '*',
          check: 'incidents-postmortems',
          date: '2026-11-01',
          evidence: 'https://wiki.example.com/postmortems',
          expires: '2026-11-30',
        },
        JANE,
        new Date('2026-11-25T12:05:00Z'),
      );
      // Created earlier, expired by now: on record, not applied.
      await store.createAttestation(
        {
          cluster: 'prod',
          check: 'incidents-game-days',
          date: '2026-08-01',
          evidence: 'https://wiki.example.com/game-days',
          expires: '2026-10-30',
        },
        JANE,
        new Date('2026-08-02T00:00:00Z'),
      );
      // Another cluster's: never applied to prod.
      await store.createAttestation(
        {
          cluster: 'staging',
          check: 'scaling-load-tested',
          date: '2026-11-20',
          evidence: 'https://wiki.example.com/load',
          expires: '2027-01-20',
        },
        JANE,
        NOW,
      );
      const wholeCheck = await store.createExemption(
        {
          cluster: 'prod',
          check: 'backup-velero-schedule',
          namespace: null,
          object: null,
          reason: 'backups by the storage array, PLAT-9',
          expires: '2027-01-31',
        },
        OMAR,
        NOW,
      );
      const oneObject = await store.createExemption(
        {
          cluster: null,
          check: 'security-non-root-containers',
          namespace: 'logging',
          object: { kind: 'DaemonSet', name: 'fluent-bit' },
          reason: 'reads /var/log',
          expires: '2027-03-31',
        },
        OMAR,
        NOW,
      );
      expect(oneObject).toMatchObject({
        cluster: null,
        object: { kind: 'DaemonSet', name: 'fluent-bit' },
        by: OMAR,
      });

      const revokedAt = new Date('2026-11-25T13:00:00Z');
      const revoked = await store.revokeExemption(
        wholeCheck.id,
        JANE,
        revokedAt,
      );
      expect(revoked).toMatchObject({
        status: 'revoked',
        revokedBy: JANE,
        revokedAt: revokedAt.toISOString(),
        by: OMAR,
      });
      await expect(
        store.revokeExemption(wholeCheck.id, JANE, revokedAt),
      ).rejects.toThrow(/already revoked/);
      await expect(
        store.revokeAttestation('no-such-id', JANE, revokedAt),
      ).rejects.toThrow(/no attestation with id "no-such-id"/);

      const applied = await store.getLiveDeclarations('prod', revokedAt);
      expect(applied.attestations.map(a => [a.check, a.cluster, a.by])).toEqual(
        expect.arrayContaining([
          ['incidents-on-call-rotation', 'prod', JANE],
          ['incidents-postmortems', '*', JANE],
        ]),
      );
      expect(applied.attestations).toHaveLength(2);
      expect(applied.exemptions).toEqual([
        {
          check: 'security-non-root-containers',
          namespace: 'logging',
          object: { kind: 'DaemonSet', name: 'fluent-bit' },
          reason: 'reads /var/log',
          by: OMAR,
          expires: '2027-03-31',
        },
      ]);
      // On its expiry day an attestation no longer applies, as in the engine.
      const later = await store.getLiveDeclarations(
        'prod',
        new Date('2026-11-30T08:00:00Z'),
      );
      expect(later.attestations.map(a => a.check)).toEqual([
        'incidents-on-call-rotation',
      ]);

      const listed = await store.listAttestations({
        cluster: 'prod',
        now: revokedAt,
      });
      expect(listed.map(a => [a.check, a.status])).toEqual([
        ['incidents-postmortems', 'live'],
        ['incidents-on-call-rotation', 'live'],
        ['incidents-game-days', 'expired'],
      ]);
      expect(
        (await store.listAttestations({ now: revokedAt })).map(a => a.cluster),
      ).toContain('staging');
      expect(
        (await store.listExemptions({ cluster: 'prod', now: revokedAt })).map(
          e => [e.check, e.status],
        ),
      ).toEqual(
        expect.arrayContaining([
          ['backup-velero-schedule', 'revoked'],
          ['security-non-root-containers', 'live'],
        ]),
      );

      const audit = await store.getAudit(3);
      expect(audit.map(e => [e.action, e.kind, e.itemId, e.actor])).toEqual([
        ['revoke', 'exemption', wholeCheck.id, JANE],
        ['create', 'exemption', oneObject.id, OMAR],
        ['create', 'exemption', wholeCheck.id, OMAR],
      ]);
      expect(audit[0].details).toEqual({
        cluster: 'prod',
        check: 'backup-velero-schedule',
      });
      expect(audit[2].details).toMatchObject({
        reason: 'backups by the storage array, PLAT-9',
        expires: '2027-01-31',
      });
      expect((await store.getAudit(100)).map(e => e.itemId)).toContain(
        everywhere.id,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'writes a declaration and its audit entry together or not at all, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      // Without the audit table the audit insert fails, and so must the whole creation.
      await knex.schema.dropTable('readiness_audit');
      // Matched on the message: better-sqlite3's error class can come from another Jest realm,
      // where `toThrow` would not recognise it as an Error.
      await expect(
        store.createExemption(
          {
            cluster: 'prod',
            check: 'backup-velero-schedule',
            namespace: null,
            object: null,
            reason: 'unaudited',
            expires: '2027-01-31',
          },
          JANE,
          NOW,
        ),
      ).rejects.toMatchObject({
        message: expect.stringMatching(/readiness_audit/),
      });
      expect(
        Number((await knex('readiness_exemptions').count('* as n'))[0].n),
      ).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates the declaration tables down and up again with rows in them, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await store.createAttestation(
        {
          cluster: 'prod',
          check: 'incidents-on-call-rotation',
          date: '2026-11-20',
          evidence: 'https://wiki.example.com/on-call',
          expires: '2027-02-18',
        },
        JANE,
        NOW,
      );
      const directory = path.resolve(__dirname, '../../migrations');
      // By name: later migrations stay applied.
      const name = '20261125140000_attestations_exemptions.js';
      await knex.migrate.down({ directory, name });
      for (const table of [
        'readiness_attestations',
        'readiness_exemptions',
        'readiness_audit',
      ]) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
      // Only this migration went down.
      expect(await knex.schema.hasTable('readiness_cost_history')).toBe(true);
      await knex.migrate.up({ directory, name });
      expect(await store.listAttestations({ now: NOW })).toEqual([]);
      expect(await store.getAudit(10)).toEqual([]);
    },
  );
});
