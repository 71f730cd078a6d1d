import type { Dossier } from './dossier.ts';

/** Facts about the dossier that routing rules may read under `$dossier`, beside the form data. */
export interface DossierFacts {
  channel: string;
  unit: string;
  feesTotal: number;
  /** The outcome chosen at each completed task (`complete` with input.outcome). */
  outcomes: Record<string, string>;
  /** Each consultation's answer: true when the consulted unit agreed (or kept silent, where that counts). */
  replies: Record<string, boolean>;
}

export const FACTS_ROOT = '$dossier';

/** Whether a variable path names a dossier fact (lint checks form variables elsewhere). */
export function isFactPath(path: string): boolean {
  const [root, name, key, ...rest] = path.split('.');
  if (root !== FACTS_ROOT) return false;
  if (name === undefined) return true;
  if (['channel', 'unit', 'feesTotal'].includes(name)) return key === undefined;
  if (['outcomes', 'replies'].includes(name)) return rest.length === 0;
  return false;
}

export function ruleData(d: Dossier): Record<string, unknown> {
  const replies: Record<string, boolean> = {};
  for (const c of d.consultations) if (c.reply) replies[c.node] = c.reply.agree;
  const facts: DossierFacts = {
    channel: d.channel,
    unit: d.unit,
    feesTotal: d.fees.total,
    outcomes: d.outcomes,
    replies,
  };
  return { ...d.data, [FACTS_ROOT]: facts };
}
