/**
 * The benchmark's 300-field form: ten groups of thirty fields shaped like a real declaration (text, dates, e-mail,
 * whole numbers, choices, yes/no, phone numbers), the same schema for both renderers.
 */
const KINDS: Record<string, unknown>[] = [
  { type: 'string', maxLength: 200 },
  { type: 'string', format: 'date' },
  { type: 'string', format: 'email', maxLength: 254 },
  { type: 'integer', minimum: 0, maximum: 150 },
  { type: 'string', enum: ['kinh', 'tay', 'thai', 'muong', 'khmer'] },
  { type: 'boolean' },
  { type: 'string', pattern: '^0[0-9]{9}$', maxLength: 10 },
  { type: 'string', minLength: 2, maxLength: 100 },
];

export const GROUPS = 10;
export const PER_GROUP = 30;

export function benchSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let g = 0; g < GROUPS; g++) {
    const fields: Record<string, unknown> = {};
    for (let f = 0; f < PER_GROUP; f++)
      fields[`f${f}`] = { title: `Trường ${g + 1}.${f + 1}`, ...KINDS[f % KINDS.length] };
    properties[`g${g}`] = { type: 'object', title: `Nhóm ${g + 1}`, properties: fields };
  }
  return { type: 'object', properties };
}

/** Fields of plain text (kinds 0 and 7) the benchmark types into, spread over the form. */
export const TYPED_FIELDS: [group: number, field: number][] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => [
  g,
  (g % 2) * 7 + 8 * (g % 3),
]);
