import { describe, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { ADDED_TABLES } from '../../server/store/partition.ts';
import { verifyAudit } from '../../server/services/index.ts';
import { BIRTH } from '../support/examples.ts';
import { submitOnline, t, world } from './services-fixtures.ts';

await withStores('store', (s) => {
  describe('migrations', () => {
    it('creates every table on an empty database', async () => {
      const tables =
        s.dialect === 'sqlite'
          ? await s
              .db()
              .exec(
                "select name from sqlite_master where type = 'table' and name not like '\\_\\_%' escape '\\' and name not like 'sqlite%'",
              )
          : await s
              .db()
              // A table's partitions (MOTCUA_TEST_PG_PARTITIONS) are not tables of their own, nor are the lookups and
              // guards that partitioning adds (server/store/partition.ts).
              .exec(
                "select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and not relispartition and relname <> all(?)",
                [ADDED_TABLES],
              );
      expect(tables.map((r) => r.name).sort()).toEqual([
        'api_tokens',
        'attachments',
        'audit_anchors',
        'audit_log',
        'calendars',
        'dossier_events',
        'dossier_results',
        'dossier_sequences',
        'dossiers',
        'form_drafts',
        'idempotency_keys',
        'login_failures',
        'outbox',
        'payment_orders',
        'payments',
        'procedure_versions',
        'procedures',
        'ratings',
        'review_comments',
        'role_assignments',
        'sessions',
        'settings',
        'tasks',
        'timers',
        'units',
        'users',
      ]);
      for (const table of ['dossiers', 'audit_log', 'units'] as const)
        expect(await s.store().count(table === 'audit_log' ? 'auditLog' : table)).toBe(0);
    });

    it('opens again without migrating twice', async () => {
      // drizzle's journal of applied migrations (in its own schema on PostgreSQL).
      const journal = s.dialect === 'sqlite' ? '__drizzle_migrations' : 'drizzle.__drizzle_migrations';
      const applied = async () => Number((await s.db().exec(`select count(*) as n from ${journal}`))[0].n);
      const before = await applied();
      expect(before).toBeGreaterThan(0);
      const again = await s.db().open();
      expect(await applied()).toBe(before);
      expect(await again.count('units')).toBe(0);
      await again.close();
    });
  });

  it('smoke: seed and submit', async () => {
    const w = await world(s.store());
    const r = await submitOnline(s.store(), await w.ctx('congdan', t('2026-11-23T08:00')), BIRTH);
    expect(r.code).toBe('000.01.01.H41-261123-0001');
    expect((await verifyAudit(s.store())).ok).toBe(true);
  });
});
