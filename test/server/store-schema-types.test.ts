import { getTableConfig as pgConfig } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig } from 'drizzle-orm/sqlite-core';
import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as pg from '../../server/store/schema.pg.ts';
import * as sqlite from '../../server/store/schema.sqlite.ts';

type S = typeof sqlite;
type P = typeof pg;
type Same<N extends keyof S & keyof P> = [InferSelectModel<S[N]>, InferSelectModel<P[N]>];

describe('the two schemas', () => {
  it('export the same tables', () => {
    expectTypeOf<keyof S>().toEqualTypeOf<keyof P>();
    expect(Object.keys(sqlite).sort()).toEqual(Object.keys(pg).sort());
  });

  it('give every table the same row type', () => {
    expectTypeOf<Same<'units'>[0]>().toEqualTypeOf<Same<'units'>[1]>();
    expectTypeOf<Same<'users'>[0]>().toEqualTypeOf<Same<'users'>[1]>();
    expectTypeOf<Same<'roleAssignments'>[0]>().toEqualTypeOf<Same<'roleAssignments'>[1]>();
    expectTypeOf<Same<'sessions'>[0]>().toEqualTypeOf<Same<'sessions'>[1]>();
    expectTypeOf<Same<'apiTokens'>[0]>().toEqualTypeOf<Same<'apiTokens'>[1]>();
    expectTypeOf<Same<'loginFailures'>[0]>().toEqualTypeOf<Same<'loginFailures'>[1]>();
    expectTypeOf<Same<'procedures'>[0]>().toEqualTypeOf<Same<'procedures'>[1]>();
    expectTypeOf<Same<'procedureVersions'>[0]>().toEqualTypeOf<Same<'procedureVersions'>[1]>();
    expectTypeOf<Same<'dossiers'>[0]>().toEqualTypeOf<Same<'dossiers'>[1]>();
    expectTypeOf<Same<'dossierSequences'>[0]>().toEqualTypeOf<Same<'dossierSequences'>[1]>();
    expectTypeOf<Same<'tasks'>[0]>().toEqualTypeOf<Same<'tasks'>[1]>();
    expectTypeOf<Same<'dossierEvents'>[0]>().toEqualTypeOf<Same<'dossierEvents'>[1]>();
    expectTypeOf<Same<'attachments'>[0]>().toEqualTypeOf<Same<'attachments'>[1]>();
    expectTypeOf<Same<'payments'>[0]>().toEqualTypeOf<Same<'payments'>[1]>();
    expectTypeOf<Same<'formDrafts'>[0]>().toEqualTypeOf<Same<'formDrafts'>[1]>();
    expectTypeOf<Same<'timers'>[0]>().toEqualTypeOf<Same<'timers'>[1]>();
    expectTypeOf<Same<'outbox'>[0]>().toEqualTypeOf<Same<'outbox'>[1]>();
    expectTypeOf<Same<'calendars'>[0]>().toEqualTypeOf<Same<'calendars'>[1]>();
    expectTypeOf<Same<'settings'>[0]>().toEqualTypeOf<Same<'settings'>[1]>();
    expectTypeOf<Same<'idempotencyKeys'>[0]>().toEqualTypeOf<Same<'idempotencyKeys'>[1]>();
    expectTypeOf<Same<'auditLog'>[0]>().toEqualTypeOf<Same<'auditLog'>[1]>();
  });

  it('accept the same rows for insertion', () => {
    expectTypeOf<InferInsertModel<S['dossiers']>>().toEqualTypeOf<InferInsertModel<P['dossiers']>>();
    expectTypeOf<InferInsertModel<S['procedureVersions']>>().toEqualTypeOf<
      InferInsertModel<P['procedureVersions']>
    >();
    expectTypeOf<InferInsertModel<S['users']>>().toEqualTypeOf<InferInsertModel<P['users']>>();
  });

  it('use the same table and column names and keys in SQL', () => {
    for (const name of Object.keys(sqlite) as (keyof S & keyof P)[]) {
      const a = sqliteConfig(sqlite[name]);
      const b = pgConfig(pg[name]);
      expect(a.name).toBe(b.name);
      const columns = (c: { columns: { name: string; notNull: boolean; primary: boolean }[] }) =>
        c.columns.map((col) => `${col.name}${col.notNull ? '!' : '?'}${col.primary ? '*' : ''}`).sort();
      expect(columns(a), name).toEqual(columns(b));
      expect(a.indexes.map((i) => i.config.name).sort(), name).toEqual(
        b.indexes.map((i) => i.config.name).sort(),
      );
    }
  });
});
