/** Turns one ajv error into a FieldError: the field it concerns, a stable code, and a message in vi and en. */
import type { ErrorObject } from 'ajv';
import { pointer, type Localized } from '../problems.ts';
import type { FieldError } from './types.ts';
import type { Labels } from './labels.ts';
import { describe } from './messages.ts';
import { isSchemaObject } from './schema-walk.ts';
import { segmentsOf } from './pointers.ts';
import { message as text } from '../messages/index.ts';

/** Keywords that report a property on its parent object, and the parameter naming it: the error is the property's. */
const PROPERTY_PARAM: Record<string, string> = {
  required: 'missingProperty',
  dependentRequired: 'missingProperty',
  dependencies: 'missingProperty',
  additionalProperties: 'additionalProperty',
  unevaluatedProperties: 'unevaluatedProperty',
};

/**
 * The data pointer an error is about: for a missing property, the property itself ("/child/birthDate"); for one
 * the schema does not allow, that property ("/child/nickname").
 */
export function errorPath(e: ErrorObject): string {
  const param = Object.hasOwn(PROPERTY_PARAM, e.keyword) ? PROPERTY_PARAM[e.keyword] : undefined;
  const property =
    param === undefined ? undefined : (e.params as Record<string, unknown> | undefined)?.[param];
  return typeof property === 'string' ? e.instancePath + pointer(property) : e.instancePath;
}

const FORM_DATA: Localized = text('forms.formData');
const THIS_FIELD: Localized = text('forms.thisField');

/** Without the form at hand, titles come from the schema ajv reports (when created with `verbose`). */
function labelsFromError(e: ErrorObject): Labels {
  const parent = e.parentSchema;
  return {
    labelAt(path) {
      if (!isSchemaObject(parent)) return undefined;
      let title: unknown;
      if (path === e.instancePath) title = parent.title;
      else if (path.startsWith(e.instancePath + '/')) {
        const rest = segmentsOf(path.slice(e.instancePath.length));
        const props = parent.properties;
        if (rest.length === 1 && isSchemaObject(props) && isSchemaObject(props[rest[0]])) {
          title = (props[rest[0]] as Record<string, unknown>).title;
        }
      }
      return typeof title === 'string' && title !== '' ? { vi: title, en: title } : undefined;
    },
  };
}

function lastSegment(path: string): string {
  const s = segmentsOf(path);
  return s.length === 0 ? '' : s[s.length - 1];
}

/**
 * The product's localizer. `labels` names fields (UI labels, schema titles); without it, titles come from the
 * error's own schema. `root` names the whole value checked (default: the form data).
 */
export function localizeError(
  e: ErrorObject,
  labels: Labels = labelsFromError(e),
  root: Localized = FORM_DATA,
): FieldError {
  const path = errorPath(e);
  const label = path === '' ? undefined : labels.labelAt(path);
  const subject = path === '' ? root : label ? text('forms.fieldSubject', { label }) : THIS_FIELD;
  const fieldName = (p: string): Localized => {
    const l = labels.labelAt(p);
    const name = l ?? { vi: lastSegment(p), en: lastSegment(p) };
    return { vi: `“${name.vi}”`, en: `“${name.en}”` };
  };
  const { code, message } = describe(e, { subject, fieldName });
  return { path, code, message };
}
