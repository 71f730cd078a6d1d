/** The exchange format of a procedure: `{format: "motcua.procedure-bundle", version: 1, definition}`. */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { serviceError } from '../errors.ts';
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { message, type Localized } from '../../runtime/engine/messages/index.ts';

export const BUNDLE_FORMAT = 'motcua.procedure-bundle';
export const BUNDLE_VERSION = 1;

export interface ProcedureBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  definition: ProcedureDefinition;
}

const malformed = (path: string, reason: Localized) =>
  serviceError('BUNDLE_INVALID', 422, message('bundles.bundleInvalid', { reason }), { path });

/**
 * A bundle's definition, or a 422 saying what is wrong with the bundle itself. The definition may still have lint
 * problems: it becomes a draft, and drafts may be invalid.
 */
/** The definition language's pattern for a procedure code: it appears in URLs and dossier codes. */
const PROCEDURE_CODE = new RegExp(procedureSchema.properties.code.pattern);

export function readBundle(bundle: unknown): Record<string, unknown> & { code: string } {
  let value = bundle;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      throw malformed('', message('bundles.notJson', { error: (error as Error).message }));
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw malformed('', message('bundles.mustJsonObject'));
  }
  const b = value as Record<string, unknown>;
  if (b.format !== BUNDLE_FORMAT) {
    throw malformed('/format', message('bundles.formatMust', { bundleFormat: BUNDLE_FORMAT }));
  }
  if (b.version !== BUNDLE_VERSION) {
    throw serviceError(
      'BUNDLE_VERSION_UNSUPPORTED',
      422,
      message('bundles.bundleVersionUnsupported', {
        version: JSON.stringify(b.version),
        bundleVersion: BUNDLE_VERSION,
      }),
      { path: '/version' },
    );
  }
  const d = b.definition;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) {
    throw malformed('/definition', message('bundles.definitionMustObject'));
  }
  const code = (d as { code?: unknown }).code;
  if (typeof code !== 'string' || !PROCEDURE_CODE.test(code)) {
    throw malformed('/definition/code', message('bundles.codeInvalid'));
  }
  return d as Record<string, unknown> & { code: string };
}

export function makeBundle(definition: ProcedureDefinition): ProcedureBundle {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, definition };
}
