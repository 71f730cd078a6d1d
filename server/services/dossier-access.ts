/** Who may see a dossier, and loading one by its code. */
import { isProcessRole, type Dossier } from '../../runtime/engine/index.ts';
import type { DossierRow, Store } from '../store/index.ts';
import { hasRole, requireActor, type Actor, type ServiceContext } from './context.ts';
import { forbidden, serviceError } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export function dossierNotFound(code: unknown) {
  return serviceError(
    'DOSSIER_NOT_FOUND',
    404,
    message('dossierAccess.dossierNotFound', { code: String(code) }),
    { path: '/code' },
  );
}

export async function loadDossier(store: Store, code: unknown): Promise<DossierRow> {
  const row = typeof code === 'string' && code !== '' ? await store.getDossier({ code }) : undefined;
  if (!row) throw dossierNotFound(code);
  return row;
}

/** The units that handle or handled the dossier: its own, its open tasks', and every unit in its history. */
export function handlingUnits(d: Dossier): Set<string> {
  const units = new Set<string>([d.unit]);
  for (const t of d.tasks) units.add(t.unit);
  for (const h of d.history) if (h.unit) units.add(h.unit);
  for (const c of d.consultations) units.add(c.unit);
  return units;
}

/**
 * The dossier's applicant, or an officer of a unit that handles it in one of the `officer` roles: by default the
 * officers who work dossiers (who may see its files); an agency's admin, designer or approver configures, it does
 * not read files.
 */
export function ownsOrHandles(
  actor: Actor,
  row: DossierRow,
  officer: (role: string) => boolean = isProcessRole,
): boolean {
  if (row.applicantId !== null && row.applicantId === actor.userId) return true;
  return handles(actor, row, officer);
}

/** An officer of a unit that handles the dossier, in one of the `officer` roles (the applicant is not). */
export function handles(
  actor: Actor,
  row: DossierRow,
  officer: (role: string) => boolean = isProcessRole,
): boolean {
  const units = handlingUnits(row.state);
  return actor.roles.some((r) => officer(r.role) && units.has(r.unitCode));
}

export function mayRead(actor: Actor | undefined, row: DossierRow): boolean {
  if (!actor) return false;
  return hasRole(actor, 'auditor') || ownsOrHandles(actor, row);
}

/** The dossier, if the actor is its applicant or an officer of a unit that handles it (auditors too). */
export async function readableDossier(store: Store, ctx: ServiceContext, code: unknown): Promise<DossierRow> {
  const actor = requireActor(ctx);
  const row = await loadDossier(store, code);
  if (!mayRead(actor, row)) {
    throw forbidden(message('dossierAccess.youMayNotSee'));
  }
  return row;
}
