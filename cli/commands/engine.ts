// The CLI's one door into the engine and the definition language.
export * from '../../runtime/engine/index.ts';
export type { ProcedureDefinition as ProcedureDefinitionLike, TimeUnit } from '../../schemas/procedure.ts';
export { parseInstant, formatInstant, deemedReceipt, parseClock } from '../../runtime/engine/time/index.ts';
