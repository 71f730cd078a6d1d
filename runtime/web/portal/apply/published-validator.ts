/**
 * The live version's form validators, compiled ahead by the server (GET /procedures/{code}/validator.js): the
 * portal's pages may not compile code, so the module is imported as it is and judges as the server does.
 */
import type { FormDefinition } from '../../../../schemas/procedure.ts';
import { standaloneForm, type StandaloneModule } from '../../../engine/index.ts';
import type { FormValidator } from '../../form/index.ts';

export async function publishedValidator(
  code: string,
  versionId: string,
  form: FormDefinition,
): Promise<FormValidator> {
  // The version in the address: a new version is a new module, never one cached for the last.
  const url = `/api/v1/procedures/${encodeURIComponent(code)}/validator.js?version=${encodeURIComponent(versionId)}`;
  const module = (await import(/* @vite-ignore */ url)) as StandaloneModule;
  const compiled = standaloneForm(form, module);
  return (data, isVisible) => compiled.validate(data, isVisible);
}
