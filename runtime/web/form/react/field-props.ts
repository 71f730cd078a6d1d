/** What a field of the form is given, and the words around it that every kind of field shows the same way. */
import type { UiField } from '../../../../schemas/procedure.ts';
import type { Resolved } from '../schema/resolve.ts';
import { inLanguage } from './env.ts';

export interface FieldProps {
  path: string;
  schema: unknown;
  required: boolean;
  /** The property's name, shown when neither the UI schema nor the schema gives a label. */
  name: string;
  /** A label that wins over both (a list's items: "Người làm chứng 2"). */
  label?: string;
  /** A group shown without its frame: the step it fills already has its title. */
  bare?: boolean;
}

export interface ResolvedFieldProps extends FieldProps {
  r: Resolved;
  ui: UiField | undefined;
  /** The label on screen. */
  title: string;
}

/** A schema's text (title, description) when it says something. */
export const schemaText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/** The help under a field: the UI schema's, else the schema's description. */
export function helpOf(p: ResolvedFieldProps, language: 'vi' | 'en'): string | undefined {
  return inLanguage(p.ui?.help, language) ?? schemaText(p.r.schema.description);
}
