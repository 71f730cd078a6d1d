/**
 * Every operation of the server, grouped as the tRPC router names them (`dossiers.submit`, …). The REST routes
 * (rest.ts), the tRPC router (trpc.ts) and the OpenAPI document are all made from this one tree.
 */
import { calendar } from './calendar.ts';
import { designer } from './designer.ts';
import { documents } from './documents.ts';
import { dossiers } from './dossiers.ts';
import { drafts } from './drafts.ts';
import { health } from './health.ts';
import { payments } from './payments.ts';
import { procedures } from './procedures.ts';
import { results } from './results.ts';
import { session } from './session.ts';
import { tokens } from './tokens.ts';
import { units } from './units.ts';
import { users } from './users.ts';
import { worklist } from './worklist.ts';

export const OPERATIONS = {
  health,
  session,
  tokens,
  users,
  units,
  procedures,
  designer,
  dossiers,
  drafts,
  documents,
  payments,
  results,
  worklist,
  calendar,
};
