/** Who may change procedures here: designers and system administrators (the server says so too). */
import { hasRole, useSession } from '../../runtime/web/shell/session.ts';

const AUTHORS = ['designer', 'system_admin'];

export function useCanDesign(): boolean {
  return hasRole(useSession().data, AUTHORS);
}
