/**
 * The reference data cache (server/store/reference.ts), on both dialects: a view serves procedures, units, mergers,
 * the calendar and role assignments from the process's cache while no change was committed, and every request
 * after a change sees it — made by another process (another Store, another server on the same database), by raw
 * SQL, or by the request itself. Sessions are not cached: one ended elsewhere is refused at once (a submission that
 * presumed it, by its own write: presumed-sign-in.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { hashToken } from '../../server/auth/tokens.ts';
import { referenceView, type Store } from '../../server/store/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, requiredOf } from '../support/examples.ts';
import {
  demoPassword,
  seedDemoFast,
  signIn,
  T0,
  TestClock,
  testServer,
  type TestServer,
} from '../support/http.ts';

const audit = { at: T0, actorId: null, action: 'test.change', target: 'test' };

await withStores('reference data cache', (s) => {
  let other: Store;
  let a: TestServer;
  let b: TestServer;
  let officerId: string;
  let receptionUnit: string;
  let mergedUnit: string;
  beforeAll(async () => {
    await seedDemoFast(s.store(), T0);
    other = await s.db().open();
    const clock = new TestClock(T0 + 3_600_000);
    a = await testServer({ store: s.store(), dataDir: s.db().dataDir, clock });
    b = await testServer({ store: other, dataDir: s.db().dataDir, clock });
    officerId = (await other.findUserByLogin('motcua'))!.id;
    // Where a birth registration is received, and another unit where the officer receives too.
    receptionUnit = (await other.getProcedure(BIRTH.procedureCode))!.unitCode;
    mergedUnit = (await other.rolesOf(officerId)).find((r) => r.unitCode !== receptionUnit)!.unitCode;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('reads a procedure and a unit once while nothing changes, and again after any change', async () => {
    const store = s.store();
    const reads = vi.spyOn(store, 'getProcedure');
    const unitReads = vi.spyOn(store, 'getUnit');
    try {
      const first = await referenceView(store).getProcedure(BIRTH.procedureCode);
      const unit = await referenceView(store).getUnit(receptionUnit);
      expect(await referenceView(store).getProcedure(BIRTH.procedureCode)).toBe(first);
      expect(await referenceView(store).getUnit(receptionUnit)).toBe(unit);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(unitReads).toHaveBeenCalledTimes(1);
      await other.putCalendar({ id: 'default', spec: {}, updatedAt: T0 + 1 }, audit);
      expect(await referenceView(store).getProcedure(BIRTH.procedureCode)).toEqual(first);
      expect(await referenceView(store).getUnit(receptionUnit)).toEqual(unit);
      expect(reads).toHaveBeenCalledTimes(2);
      expect(unitReads).toHaveBeenCalledTimes(2);
    } finally {
      reads.mockRestore();
      unitReads.mockRestore();
    }
  });

  it('sees a calendar, a unit, a merger or a role changed by another process', async () => {
    const store = s.store();
    const view = () => referenceView(store);
    expect((await view().getCalendar('default'))?.spec).toEqual({});
    const spec = { holidays: ['2026-12-01'] };
    await other.putCalendar({ id: 'default', spec, updatedAt: T0 + 2 }, audit);
    expect((await view().getCalendar('default'))?.spec).toEqual(spec);

    expect(await view().mergedUnits()).toEqual([]);
    // Raw SQL, as an operator would: the triggers count it as well.
    await s
      .db()
      .exec('update units set merged_into = ?, merged_at = ? where code = ?', [
        receptionUnit,
        T0,
        mergedUnit,
      ]);
    expect(await view().mergedUnits()).toEqual([
      { code: mergedUnit, mergedInto: receptionUnit, mergedAt: T0 },
    ]);
    await s.db().exec('update units set merged_into = null, merged_at = null where code = ?', [mergedUnit]);
    expect(await view().mergedUnits()).toEqual([]);

    const name = (await view().getUnit(mergedUnit))!.nameVi;
    await s.db().exec('update units set name_vi = ? where code = ?', ['Tên mới', mergedUnit]);
    expect((await view().getUnit(mergedUnit))?.nameVi).toBe('Tên mới');
    await s.db().exec('update units set name_vi = ? where code = ?', [name, mergedUnit]);
    expect((await view().getUnit(mergedUnit))?.nameVi).toBe(name);

    const grant = { userId: officerId, unitCode: receptionUnit, role: 'specialist' };
    expect(await view().rolesOf(officerId)).not.toContainEqual({
      unitCode: receptionUnit,
      role: 'specialist',
    });
    await other.assignRole(grant, audit);
    expect(await view().rolesOf(officerId)).toContainEqual({ unitCode: receptionUnit, role: 'specialist' });
    await other.revokeRole(grant, audit);
    expect(await view().rolesOf(officerId)).not.toContainEqual({
      unitCode: receptionUnit,
      role: 'specialist',
    });
  });

  it('sees in the same view a change made through it', async () => {
    const view = referenceView(s.store());
    const grant = { userId: officerId, unitCode: receptionUnit, role: 'leader' };
    expect(await view.rolesOf(officerId)).not.toContainEqual({ unitCode: receptionUnit, role: 'leader' });
    await view.assignRole(grant, audit);
    expect(await view.rolesOf(officerId)).toContainEqual({ unitCode: receptionUnit, role: 'leader' });
    await view.revokeRole(grant, audit);
    expect(await view.rolesOf(officerId)).not.toContainEqual({ unitCode: receptionUnit, role: 'leader' });
  });

  it('refuses at once, on another server, a reception role revoked and a session ended', async () => {
    const cookie = await signIn(b.app, 'motcua', demoPassword('motcua'));
    const submit = () =>
      b.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: { cookie, 'idempotency-key': randomUUID() },
        payload: { ...BIRTH, channel: 'counter', components: requiredOf(BIRTH) },
      });
    expect((await submit()).statusCode).toBe(201);
    const grant = { userId: officerId, unitCode: receptionUnit, role: 'reception' };
    await a.store.revokeRole(grant, audit);
    expect((await submit()).statusCode).toBe(403);
    await a.store.assignRole(grant, audit);
    expect((await submit()).statusCode).toBe(201);

    const signOut = await a.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } });
    expect(signOut.statusCode).toBeLessThan(300);
    expect((await submit()).statusCode).toBe(401);
  });

  it("reads a signed-in request's session, user and reference stamp in one read, and no other", async () => {
    const cookie = await signIn(b.app, 'motcua', demoPassword('motcua'));
    const token = decodeURIComponent(cookie.split(';')[0].split('=')[1]);
    const signedIn = await other.getSignedIn(hashToken(token));
    expect(signedIn?.user?.login).toBe('motcua');
    expect(signedIn?.referenceStamp).toBe(await other.referenceStamp());
    expect(await other.getSignedIn(hashToken(`${token}x`))).toBeUndefined();

    const spies = [
      vi.spyOn(other, 'getSignedIn'),
      vi.spyOn(other, 'getUser'),
      vi.spyOn(other, 'referenceStamp'),
    ];
    try {
      const submit = await b.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: { cookie, 'idempotency-key': randomUUID() },
        payload: { ...BIRTH, channel: 'counter', components: requiredOf(BIRTH) },
      });
      expect(submit.statusCode, submit.body).toBe(201);
      expect(spies.map((spy) => spy.mock.calls.length)).toEqual([1, 0, 0]);
      // A change committed since: the stamp read with the next request's session brings it.
      await a.store.putCalendar(
        { id: 'default', spec: { holidays: ['2026-12-03'] }, updatedAt: T0 + 3 },
        audit,
      );
      const calendar = await b.app.inject({ method: 'GET', url: '/api/v1/calendar', headers: { cookie } });
      expect(calendar.json().spec).toEqual({ holidays: ['2026-12-03'] });
      expect(spies.map((spy) => spy.mock.calls.length)).toEqual([2, 0, 0]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('shows on another server the calendar the admin has just saved', async () => {
    const admin = await signIn(a.app, 'quantri', demoPassword('quantri'));
    const reader = await signIn(b.app, 'quantri', demoPassword('quantri'));
    const get = async () =>
      (await b.app.inject({ method: 'GET', url: '/api/v1/calendar', headers: { cookie: reader } })).json();
    const before = await get();
    const spec = { ...before.spec, holidays: ['2026-12-02'] };
    const put = await a.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar',
      headers: { cookie: admin },
      payload: { spec },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await get()).spec).toEqual(spec);
  });
});
