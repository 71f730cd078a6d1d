import type { Localized } from './problems.ts';
import { message } from './messages/index.ts';

/** The roles of DOMAIN.md §2, plus `system` for the platform itself (payment gateway callbacks, timers). */
export const ROLES = {
  citizen: message('roles.citizen'),
  reception: message('roles.reception'),
  specialist: message('roles.specialist'),
  leader: message('roles.leader'),
  agency_admin: message('roles.agencyAdmin'),
  designer: message('roles.designer'),
  approver: message('roles.approver'),
  system_admin: message('roles.systemAdmin'),
  auditor: message('roles.auditor'),
  system: message('roles.system'),
} satisfies Record<string, Localized>;

export type Role = keyof typeof ROLES;

/** Roles that can hold a task in a process (the others configure, audit or administer). */
export const PROCESS_ROLES: readonly Role[] = ['reception', 'specialist', 'leader'];

export function isProcessRole(role: string): boolean {
  return (PROCESS_ROLES as readonly string[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(ROLES, value);
}
