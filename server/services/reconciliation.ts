/**
 * The day's payments for the accountant (seed: Lâm Đồng Art. 17): every confirmed payment of the caller's units,
 * by method, with the reference the bank or the receipt book shows (the gateway's transaction number, the counter
 * receipt number), so that each line can be matched against the bank statement; and the gateway orders whose money
 * was taken but not applied to a dossier, which the officers must settle by hand.
 */
import { parseInstant } from '../../runtime/engine/time/index.ts';
import type { Store, UnitRow } from '../store/index.ts';
import { requireAnyRole, type ServiceContext } from './context.ts';
import { forbidden } from '../errors.ts';
import { at } from './format.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** Who sees a unit's money: the one-stop officers who take it, the unit's administrator, the inspectors. */
export const RECONCILING_ROLES = ['reception', 'agency_admin', 'auditor'];

/** A day's lines past this many are not listed (the answer says so): ask for one unit at a time. */
export const MAX_LINES = 5000;

const DAY_MS = 86_400_000;

/** The units given and every unit below them: a province's inspector sees its communes' money. */
function within(units: UnitRow[], roots: string[]): Set<string> {
  const found = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of units) {
      if (u.parentCode !== null && found.has(u.parentCode) && !found.has(u.code)) {
        found.add(u.code);
        grew = true;
      }
    }
  }
  return found;
}

export interface ReconciliationLine {
  paymentId: string;
  at: string;
  dossierCode: string;
  procedureCode: string;
  unitCode: string;
  amount: number;
  method: string;
  reference: string | null;
}

export interface UnappliedOrder {
  orderId: string;
  at: string;
  dossierCode: string;
  unitCode: string;
  amount: number;
  gateway: string;
  transactionNo: string | null;
}

export async function reconciliation(
  store: Store,
  ctx: ServiceContext,
  input: { date: string; unitCode?: string },
) {
  const actor = requireAnyRole(ctx, RECONCILING_ROLES);
  const mine = within(
    await store.listUnits(),
    actor.roles.filter((r) => RECONCILING_ROLES.includes(r.role)).map((r) => r.unitCode),
  );
  if (input.unitCode !== undefined && !mine.has(input.unitCode)) {
    throw forbidden(message('reconciliation.youMayNotSee', { unitCode: input.unitCode }), {
      unitCode: input.unitCode,
    });
  }
  const units = input.unitCode === undefined ? mine : new Set([input.unitCode]);
  // The contract lets only real dates (format: date) through.
  const from = parseInstant(input.date)!;
  const to = from + DAY_MS;
  // Payments carry no unit: read the day's in time order, then keep those of dossiers of the units asked for.
  const [payments, orders] = await store.run(function* (tx) {
    const paid = yield* tx.select(
      'payments',
      { createdAt: { gte: from } },
      { orderBy: [['createdAt', 'asc']], limit: MAX_LINES + 1 },
    );
    const taken = yield* tx.select('paymentOrders', { status: 'paid_unapplied', settledAt: { gte: from } });
    return [paid, taken] as const;
  }, 'read');
  const ofDay = payments.filter((p) => p.createdAt < to);
  const unapplied = orders.filter((o) => o.settledAt! < to);
  const dossierIds = [...new Set([...ofDay, ...unapplied].map((p) => p.dossierId))];
  const dossiers = new Map(
    dossierIds.length === 0
      ? []
      : (
          await store.run(
            (tx) =>
              tx.select(
                'dossiers',
                { id: { in: dossierIds } },
                { columns: ['id', 'code', 'procedureCode', 'unitCode'] },
              ),
            'read',
          )
        ).map((d) => [d.id, d]),
  );
  const lines: ReconciliationLine[] = [];
  for (const p of ofDay) {
    const d = dossiers.get(p.dossierId);
    if (!d || !units.has(d.unitCode)) continue;
    lines.push({
      paymentId: p.id,
      at: at(p.createdAt),
      dossierCode: d.code,
      procedureCode: d.procedureCode,
      unitCode: d.unitCode,
      amount: p.amount,
      method: p.method,
      reference: p.reference,
    });
  }
  const byMethod = new Map<string, { method: string; count: number; amount: number }>();
  for (const l of lines) {
    const sum = byMethod.get(l.method) ?? { method: l.method, count: 0, amount: 0 };
    sum.count += 1;
    sum.amount += l.amount;
    byMethod.set(l.method, sum);
  }
  const unappliedOrders: UnappliedOrder[] = unapplied.flatMap((o) => {
    const d = dossiers.get(o.dossierId);
    if (!d || !units.has(d.unitCode)) return [];
    return [
      {
        orderId: o.id,
        at: at(o.settledAt!),
        dossierCode: d.code,
        unitCode: d.unitCode,
        amount: o.amount,
        gateway: o.gateway,
        transactionNo: o.transactionNo,
      },
    ];
  });
  return {
    date: input.date,
    from: at(from),
    to: at(to),
    units: [...units].sort(),
    lines,
    totals: [...byMethod.values()].sort((a, b) => a.method.localeCompare(b.method)),
    total: lines.reduce((sum, l) => sum + l.amount, 0),
    unapplied: unappliedOrders,
    // The read stopped at MAX_LINES + 1 rows while still inside the day: more lines exist than are listed.
    truncated: payments.length > MAX_LINES && payments[MAX_LINES - 1]!.createdAt < to,
  };
}
