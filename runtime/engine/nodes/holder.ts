import type { Duration, ProcessNode } from '../../../schemas/procedure.ts';
import type { Run } from '../run.ts';

export interface HolderConfig {
  role?: string;
  unit?: string;
  allotment?: Duration;
}

export function configOf<T>(node: ProcessNode): T {
  return (node.config ?? {}) as T;
}

/** The role and unit that hold a node's work: its config, else the type's default role and the dossier's unit. */
export function holder(run: Run, node: ProcessNode, defaultRole: string): { role: string; unit: string } {
  const config = configOf<HolderConfig>(node);
  return { role: config.role ?? defaultRole, unit: config.unit ?? run.d.unit };
}

/** Opens the node's work task for its holder, with its time allotment. */
export function openWork(run: Run, node: ProcessNode, defaultRole: string): void {
  run.openTask(node, holder(run, node, defaultRole), configOf<HolderConfig>(node).allotment);
}

export function roleOf(node: ProcessNode, defaultRole: string): string[] {
  return [configOf<HolderConfig>(node).role ?? defaultRole];
}
