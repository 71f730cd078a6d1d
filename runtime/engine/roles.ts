import type { Localized } from './problems.ts';

/** The roles of DOMAIN.md §2, plus `system` for the platform itself (payment gateway callbacks, timers). */
export const ROLES = {
  citizen: { vi: 'Tổ chức, cá nhân', en: 'Applicant' },
  reception: { vi: 'Bộ phận Một cửa', en: 'One-stop reception' },
  specialist: { vi: 'Chuyên viên thụ lý', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  agency_admin: { vi: 'Quản trị cơ quan', en: 'Agency administrator' },
  designer: { vi: 'Cán bộ cấu hình', en: 'Procedure designer' },
  approver: { vi: 'Người phê duyệt quy trình', en: 'Process approver' },
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  auditor: { vi: 'Thanh tra', en: 'Auditor' },
  system: { vi: 'Hệ thống', en: 'System' },
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
