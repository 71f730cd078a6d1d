/**
 * Any condition a clerk can build in the visual model exports to JSON Logic that the engine's lint accepts, that
 * opens in the builder again as the same rule, and that the engine evaluates as the model means — checked against
 * a reading of the model written here independently of the export, on random answers and submission dates.
 */
import fc from 'fast-check';
import type { RuleGroupType, RuleType } from 'react-querybuilder';
import { expect, test } from 'vitest';
import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { evaluate, isTruthy } from '../../../runtime/engine/rules/index.ts';
import { example } from '../../../test/support/examples.ts';
import { conditionToQuery, queryToCondition } from './condition.ts';
import type { RuleFieldInfo } from './fields.ts';
import { operatorsFor, VALUE_SHAPE, type RuleOperator } from './operators.ts';
import { lintAt, rulePlace } from './place.ts';

const definition: ProcedureDefinition = {
  ...example('judicial-record'),
  form: {
    schema: {
      type: 'object',
      properties: {
        name: { type: 'string', title: 'Họ và tên' },
        copies: { type: 'integer', title: 'Số bản' },
        capital: { type: 'integer', title: 'Vốn' },
        birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
        foreigner: { type: 'boolean', title: 'Người nước ngoài' },
        category: { enum: ['student', 'child', 'merit'], title: 'Đối tượng' },
        level: { enum: [1, 2, 3], title: 'Cấp' },
      },
    },
    ui: { fields: { capital: { widget: 'money' } } },
  },
};
const place = rulePlace(definition, '/form/ui/fields/name/visibleIf');
const FIELDS = place.fields;

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoDate = fc
  .integer({ min: dayOf('1950-01-01'), max: dayOf('2040-12-31') })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));

function valueOf(field: RuleFieldInfo): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'text':
      // Words, not numerals: the engine's loose == reads "0" or " " as 0, and an unanswered field as 0 too.
      return fc
        .string({ unit: fc.constantFrom('a', 'b', 'đ', 'ư', ' '), minLength: 1, maxLength: 5 })
        .filter((s) => s.trim() !== '');
    case 'number':
      return fc.integer({ min: -50, max: 50 });
    case 'money':
      return fc.integer({ min: 0, max: 10_000_000 });
    case 'date':
      return isoDate;
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...field.choices!.map((c) => c.value));
  }
}

const ruleArb: fc.Arbitrary<RuleType> = fc.constantFrom(...FIELDS).chain((field) =>
  fc.constantFrom(...operatorsFor(field.type)).chain((operator) => {
    const one = valueOf(field);
    const value: fc.Arbitrary<unknown> = {
      none: fc.constant(''),
      one,
      // A list input trims what is typed (tags), as the export would.
      list: fc.uniqueArray(
        one.map((v) => (typeof v === 'string' ? v.trim() : v)),
        { minLength: 1, maxLength: 3, comparator: 'SameValueZero' },
      ),
      pair: fc.tuple(one, one),
      days: fc.nat(400),
    }[VALUE_SHAPE[operator]];
    return value.map((v) => ({ field: field.path, operator, value: v }));
  }),
);

const { group: groupArb } = fc.letrec<{ group: RuleGroupType; item: RuleType | RuleGroupType }>((tie) => ({
  // Plain objects, as the builder holds them (fc.record's have no prototype, which the library does not expect).
  group: fc
    .record({
      combinator: fc.constantFrom('and', 'or'),
      not: fc.boolean(),
      rules: fc.array(tie('item'), { minLength: 1, maxLength: 3 }),
    })
    .map((g) => ({ ...g })),
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, ruleArb, tie('group')),
}));

/** The answers: each field filled with a value of its type, or left out. */
const answersArb = fc.record(
  Object.fromEntries(FIELDS.map((f) => [f.path, valueOf(f)])) as Record<string, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
);

/** What a rule of the model means, read from the model (not from its JSON Logic). */
function means(rule: RuleType, answers: Record<string, unknown>, today: string): boolean {
  const field = FIELDS.find((f) => f.path === rule.field)!;
  // An unanswered yes/no reads as No.
  const a = field.type === 'boolean' ? (answers[rule.field] ?? false) : answers[rule.field];
  const v = rule.value;
  const filled = a !== undefined;
  // Numbers and money: an unanswered field counts as 0, as the engine's arithmetic does.
  const n = (x: unknown) => (x === undefined ? 0 : (x as number));
  const ordered = field.type === 'number' || field.type === 'money';
  const less = (x: unknown, y: unknown) => (ordered ? n(x) < n(y) : filled && (x as string) < (y as string));
  const equal = (x: unknown, y: unknown) => (ordered ? n(x) === n(y) : x === y);
  const daysBefore = filled ? dayOf(today) - dayOf(a as string) : 0;
  switch (rule.operator as RuleOperator) {
    case '=':
      return equal(a, v);
    case '!=':
      return !equal(a, v);
    case '<':
      return less(a, v);
    case '<=':
      return less(a, v) || (filled || ordered ? equal(a, v) : false);
    case '>':
      return less(v, a) && (filled || ordered);
    case '>=':
      return (less(v, a) || equal(a, v)) && (filled || ordered);
    case 'contains':
      return filled && (a as string).includes(v as string);
    case 'doesNotContain':
      return !(filled && (a as string).includes(v as string));
    case 'in':
      return (v as unknown[]).includes(a);
    case 'notIn':
      return !(v as unknown[]).includes(a);
    case 'between': {
      const [lo, hi] = v as unknown[];
      return (filled || ordered) && !less(a, lo) && !less(hi, a);
    }
    case 'notBetween':
      return !means({ ...rule, operator: 'between' }, answers, today);
    case 'null':
      return !filled;
    case 'notNull':
      return filled;
    case 'isTrue':
      return a === true;
    case 'isFalse':
      return a === false;
    // A missing date has no distance: the engine's date_diff gives null, which compares as 0.
    case 'daysBeforeAtMost':
      return daysBefore <= (v as number);
    case 'daysBeforeAtLeast':
      return daysBefore >= (v as number);
    case 'daysBeforeLessThan':
      return daysBefore < (v as number);
    case 'daysBeforeMoreThan':
      return daysBefore > (v as number);
  }
}

function groupMeans(group: RuleGroupType, answers: Record<string, unknown>, today: string): boolean {
  const parts = group.rules.map((r) =>
    'rules' in r ? groupMeans(r, answers, today) : means(r, answers, today),
  );
  const all = group.combinator === 'and' ? parts.every(Boolean) : parts.some(Boolean);
  return group.not ? !all : all;
}

test('a condition built in the visual model is valid, reopens as itself, and means what the model says', () => {
  fc.assert(
    fc.property(groupArb, answersArb, isoDate, (query, answers, today) => {
      const rule = queryToCondition(query);
      expect(rule).toBeDefined();
      expect(lintAt(rule!, place)).toEqual([]);
      const again = conditionToQuery(rule!, FIELDS);
      expect(again.visual).toBe(true);
      if (again.visual) expect(queryToCondition(again.query)).toEqual(rule);
      const now = Date.parse(`${today}T10:00:00+07:00`);
      expect(isTruthy(evaluate(rule, answers, { now }))).toBe(groupMeans(query, answers, today));
    }),
    { numRuns: 400 },
  );
});
