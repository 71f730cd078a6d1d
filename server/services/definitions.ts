/**
 * Definitions of published versions, parsed once: published versions never change, and keeping the same object
 * lets the engine reuse what it compiled for it (lint, form validators, rules are cached per definition object).
 */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { Store, VersionRow } from '../store/index.ts';
import { Lru } from '../store/lru.ts';

const cache = new Lru<string, ProcedureDefinition>(500);

export async function pinnedDefinition(store: Store, versionId: string): Promise<ProcedureDefinition> {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const row = await store.getVersion(versionId);
  if (!row) throw new Error(`dossier pinned to missing version ${versionId}`);
  return remember(row);
}

function remember(row: VersionRow): ProcedureDefinition {
  // Drafts change; only what can no longer change is cached.
  if (row.status === 'published' || row.status === 'retired') cache.set(row.id, row.definition);
  return row.definition;
}
