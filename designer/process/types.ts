/**
 * The node types as the designer shows them, read from the engine's registry at run time: a type added to
 * runtime/engine/nodes/ (or registered by an extension) is in the palette with nothing changed here.
 */
import { NODE_TYPES, isProcessRole, type Localized, type NodeType } from '../../runtime/engine/index.ts';
import type { ProcessNode } from '../../schemas/procedure.ts';

export interface PaletteEntry {
  type: string;
  label: Localized;
  description: Localized;
  icon: string;
  color: string;
  /** Whether a step of this type can have a next step (its type takes outgoing edges). */
  continues: boolean;
}

export function paletteEntries(types: ReadonlyMap<string, NodeType> = NODE_TYPES): PaletteEntry[] {
  return [...types.values()].map((t) => ({
    type: t.type,
    label: t.label,
    description: t.description,
    icon: t.icon,
    color: t.color,
    continues: t.edges.out[1] > 0,
  }));
}

/** The process roles that hold a step's work (its actions' roles resolved on its config), if it holds work. */
export function holderRole(node: ProcessNode): string | undefined {
  const type = NODE_TYPES.get(node.type);
  const roles = type?.actions.flatMap((a) => a.roles(node)).filter(isProcessRole) ?? [];
  return roles[0];
}

/** Whether the step's type has a unit in its configuration (default: the dossier's handling unit). */
export function hasUnit(node: ProcessNode): boolean {
  const properties = NODE_TYPES.get(node.type)?.configSchema.properties as
    Record<string, unknown> | undefined;
  return !!properties && 'unit' in properties;
}
