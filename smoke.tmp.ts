import { compileForm, validateForm, formVariables, formHasVariable } from './runtime/engine/forms/index.ts';
const schema = {
  type: 'object', required: ['name', 'child'],
  properties: {
    name: { type: 'string', title: 'Họ và tên', minLength: 1 },
    email: { type: 'string', format: 'email' },
    child: { type: 'object', title: 'Con', required: ['birthDate'], properties: { birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' } } },
    kind: { oneOf: [{ const: 'a', title: 'Loại A' }, { const: 'b', title: 'Loại B' }] },
    children: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer', minimum: 1000000 } } } },
    applicant: { oneOf: [
      { type: 'object', required: ['kind', 'name'], properties: { kind: { const: 'person' }, name: { type: 'string' } } },
      { type: 'object', required: ['kind', 'taxCode'], properties: { kind: { const: 'org' }, taxCode: { type: 'string' } } },
    ] },
  },
};
const form = { schema };
console.log(JSON.stringify(validateForm(form, { child: {}, email: 'x', kind: 'c', children: [{ n: 5 }, {n: 'x'}], applicant: { kind: 'person' } }), null, 1));
console.log(validateForm(form, { name: 'A', child: { birthDate: '2024-02-30' } }));
console.log(validateForm(form, { name: 'A', child: { birthDate: '2024-02-30' } }, (p) => p !== 'child'));
console.log(validateForm(form, 5));
console.log(JSON.stringify(compileForm({ schema: { type: 12 } })));
console.log(JSON.stringify(compileForm({ schema: { properties: { a: { $ref: '#/$defs/nope' } } } })));
console.log(JSON.stringify(compileForm({ schema: { properties: { a: { pattern: '\\p{Foo' } } } })));
console.log(JSON.stringify(compileForm({ schema: { $schema: 'http://json-schema.org/draft-04/schema#' } })));
console.log(formVariables(schema), formHasVariable(schema, 'children.3.n'), formHasVariable(schema, 'children.x'), formHasVariable(schema, 'applicant.taxCode'));
