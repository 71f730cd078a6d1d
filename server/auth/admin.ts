/**
 * Who may manage which accounts (DOMAIN.md §2; seed: Nghệ An Art. 5.3). The system admin manages everyone. An
 * agency admin manages the users of their unit and its sub-units, and grants only the roles that work inside an
 * agency: province-wide roles (designer, approver, auditor, system admin) come from the system admin.
 */
import { ROLES } from '../../runtime/engine/index.ts';
import type { UnitRow } from '../store/index.ts';

export interface Grant {
  unitCode: string;
  role: string;
}

/** Roles an agency admin may grant inside the units they administer. */
export const AGENCY_GRANTABLE = ['citizen', 'reception', 'specialist', 'leader', 'agency_admin'];

/** Roles a person can hold (the engine's `system` is the platform itself, never a user). */
export const ASSIGNABLE_ROLES = Object.keys(ROLES).filter((r) => r !== 'system');

/** The units an admin manages: every unit for a system admin, else the agency admin's units and their sub-units. */
export function managedUnits(grants: Grant[], units: UnitRow[]): Set<string> | 'all' {
  if (grants.some((g) => g.role === 'system_admin')) return 'all';
  const managed = new Set(grants.filter((g) => g.role === 'agency_admin').map((g) => g.unitCode));
  // Walk down the tree until nothing is added (units arrive in any order).
  for (let grew = true; grew;) {
    grew = false;
    for (const u of units) {
      if (u.parentCode !== null && managed.has(u.parentCode) && !managed.has(u.code)) {
        managed.add(u.code);
        grew = true;
      }
    }
  }
  return managed;
}

export function mayGrant(managed: Set<string> | 'all', grant: Grant): boolean {
  if (managed === 'all') return ASSIGNABLE_ROLES.includes(grant.role);
  return managed.has(grant.unitCode) && AGENCY_GRANTABLE.includes(grant.role);
}

/**
 * An admin manages a user whose every role lies in units they manage (a user with roles elsewhere belongs to
 * another agency too, and only the system admin may change them). A user without roles is manageable by all admins.
 */
export function managesUser(managed: Set<string> | 'all', roles: Grant[]): boolean {
  if (managed === 'all') return true;
  return roles.every((r) => managed.has(r.unitCode) && r.role !== 'system_admin');
}
