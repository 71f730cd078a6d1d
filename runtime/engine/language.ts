/**
 * The lists the definition language and the dossier model own, exported once for the server, the CLI and the web
 * apps: what the JSON Schema of a definition enumerates is read from it, so the two cannot disagree.
 */
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import type { Level } from '../../schemas/procedure.ts';
import type { Channel, DossierStatus, Outcome, Timing } from './dossier.ts';

/** Levels of online service (DOMAIN §3), as the definition schema lists them. */
export const LEVELS = procedureSchema.properties.level.enum as readonly Level[];

export const CHANNELS = ['online', 'counter', 'post'] as const satisfies readonly Channel[];

export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'received',
  'processing',
  'awaiting_supplement',
  'awaiting_payment',
  'result_ready',
  'completed',
  'refused',
  'withdrawn',
  'stopped',
] as const satisfies readonly DossierStatus[];

export const OUTCOMES = ['issued', 'refused', 'withdrawn', 'stopped'] as const satisfies readonly Outcome[];

export const TIMINGS = ['early', 'on_time', 'late'] as const satisfies readonly Timing[];
