/**
 * Request-shape validation (JSON Schema 2020-12, the dialect OpenAPI 3.1 uses). Bodies are checked strictly
 * (no coercion: `"revision": "3"` is an error, not a 3); query strings, path parameters and headers arrive as
 * text, so there numbers and booleans are coerced.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function ajv(coerce: boolean): Ajv2020 {
  const instance = new Ajv2020({
    coerceTypes: coerce ? 'array' : false,
    useDefaults: true,
    removeAdditional: false,
    ownProperties: true,
    strict: false,
    logger: false,
  });
  addFormats(instance);
  return instance;
}

const strictAjv = ajv(false);
const coercingAjv = ajv(true);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const compiled: ValidateFunction = (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema);
  return compiled as ReturnType<FastifySchemaCompiler<object>>;
};

/** A validator for data that arrives as JSON (bodies, tRPC inputs): no coercion. */
export const compileStrict = (schema: object): ValidateFunction => strictAjv.compile(schema);
