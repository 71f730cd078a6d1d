/**
 * Whatever sequence of creations, moves and mergers (with any effective dates) the system admin asks for, on both
 * dialects: each is done or refused with a 4xx ServiceError (never anything else), and at every instant the tree
 * stays a tree — following parents in force from any unit ends at a root, and every successor is a unit that is
 * not merged at that instant.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { loadActor, serviceContext, ServiceError } from '../../server/services/index.ts';
import { createUnit, listUnits, mergeUnit, updateUnit } from '../../server/services/units.ts';
import { withStores } from '../support/db.ts';
import { T0, seedDemoFast } from '../support/http.ts';

const DAY = 86_400_000;
const UNITS = 4;
/** Effective dates on days −3 … +3 around T0. */
const dateOf = (day: number) => new Date(T0 + day * DAY).toISOString();

type Op =
  | { kind: 'move'; unit: number; parent: number | null }
  | { kind: 'merge'; unit: number; into: number; day: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    unit: fc.nat(UNITS - 1),
    parent: fc.option(fc.nat(UNITS - 1), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('merge' as const),
    unit: fc.nat(UNITS - 1),
    into: fc.nat(UNITS - 1),
    day: fc.integer({ min: -3, max: 3 }),
  }),
);

await withStores('unit tree properties', (suite) => {
  let run = 0;

  it('keeps a tree at every instant, whatever is asked, refusing only with a 4xx', async () => {
    const store = suite.store();
    await seedDemoFast(store, T0 - 10 * DAY);
    const admin = (await loadActor(store, (await store.findUserByLogin('quantri'))!.id))!;
    const ctx = serviceContext(store, admin, T0);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        run += 1;
        const code = (i: number) => `P${run}.${i}`;
        for (let i = 0; i < UNITS; i++) {
          await createUnit(store, ctx, {
            code: code(i),
            parentCode: i === 0 ? null : code(0),
            kind: 'unit',
            name: { vi: code(i), en: code(i) },
          });
        }
        for (const o of ops) {
          const change =
            o.kind === 'move'
              ? updateUnit(store, ctx, {
                  code: code(o.unit),
                  parentCode: o.parent === null ? null : code(o.parent),
                })
              : mergeUnit(store, ctx, { code: code(o.unit), into: code(o.into), effectiveAt: dateOf(o.day) });
          const error = await change.then(
            () => undefined,
            (e: unknown) => e,
          );
          if (error !== undefined) {
            expect(error).toBeInstanceOf(ServiceError);
            expect((error as ServiceError).httpStatus).toBeGreaterThanOrEqual(400);
            expect((error as ServiceError).httpStatus).toBeLessThan(500);
          }
        }
        for (let day = -4; day <= 4; day++) {
          const { items } = await listUnits(store, ctx, { at: dateOf(day) });
          const mine = new Map(items.filter((u) => u.code.startsWith(`P${run}.`)).map((u) => [u.code, u]));
          for (const unit of mine.values()) {
            let parent = unit.parentCode;
            for (let steps = 0; parent !== null; steps++) {
              expect(steps, `${unit.code} on day ${day}: a cycle of parents`).toBeLessThan(UNITS);
              parent = mine.get(parent)!.parentCode;
            }
            const successor = mine.get(unit.successor)!;
            expect(successor.successor, `${unit.code} on day ${day}`).toBe(successor.code);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
