/**
 * Which JSON Schema dialect a form schema is written in. Forms are 2020-12; 2019-09 schemas use the same
 * keywords for everything a form needs and are read as 2020-12, except for the few keywords that changed.
 */
import { problem, pointer, type Problem } from '../problems.ts';
import { DIALECT_2020 } from './ajv.ts';
import { walkSchema, type SchemaObject } from './schema-walk.ts';
import { message } from '../messages/index.ts';

const DIALECT_2019 = 'https://json-schema.org/draft/2019-09/schema';

/** 2019-09 keywords that 2020-12 replaced; read as 2020-12 they would be silently ignored. */
const ONLY_2019 = ['$recursiveRef', '$recursiveAnchor', 'additionalItems'];

const strip = (uri: string): string => uri.replace(/#$/, '');

/**
 * The schema to compile, or the problem that prevents it. `known` are the extra schema documents given to the
 * compiler; a schema may name one of them as its meta-schema.
 */
export function checkDialect(
  schema: SchemaObject,
  known: Readonly<Record<string, unknown>>,
): { schema: SchemaObject } | { problem: Problem } {
  const declared = schema.$schema;
  if (declared === undefined) return { schema };
  const at = '/form/schema/$schema';
  if (typeof declared !== 'string') {
    return {
      problem: problem('FORM_SCHEMA_INVALID', at, message('forms.formSchemaBadDialectUri')),
    };
  }
  const uri = strip(declared);
  if (uri === DIALECT_2020 || Object.hasOwn(known, declared) || Object.hasOwn(known, uri)) return { schema };
  if (uri === DIALECT_2019) {
    let found: string | undefined;
    walkSchema(schema, (node, segments) => {
      const k = ONLY_2019.find((key) => node[key] !== undefined);
      if (k && found === undefined) found = pointer(...segments, k);
    });
    if (found !== undefined) {
      return {
        problem: problem(
          'FORM_SCHEMA_INVALID',
          '/form/schema' + found,
          message('forms.formSchemaKeyword2019', { keyword: String(found.split('/').pop()) }),
        ),
      };
    }
    const { $schema: _dropped, ...rest } = schema;
    return { schema: rest };
  }
  return {
    problem: problem('FORM_SCHEMA_INVALID', at, message('forms.formSchemaDialectUnsupported', { declared })),
  };
}
