import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../runtime/engine/index.ts';
import { inputFields, sampleInput } from './input.ts';

const now = parseInstant('2026-11-23T09:00')!;
const words = (key: string) => `mẫu ${key}`;

describe('the input of an action', () => {
  it('asks only what is required, the one way of giving reasons included', () => {
    const refuse = {
      type: 'object',
      properties: { reason: { type: 'string' }, reasons: { type: 'array' }, note: { type: 'string' } },
      anyOf: [{ required: ['reason'] }, { required: ['reasons'] }],
    };
    expect(inputFields(refuse)).toEqual([{ key: 'reason', kind: 'text' }]);
    expect(sampleInput(refuse, now, words)).toEqual({ reason: 'mẫu reason' });
  });

  it('fills fixed values, the first choice, a number, and a time a week on', () => {
    const schema = {
      type: 'object',
      properties: {
        amount: { const: 16_000 },
        method: { enum: ['counter', 'post'] },
        copies: { type: 'integer', minimum: 2 },
        promisedAt: { type: 'string', format: 'date-time' },
      },
      required: ['amount', 'method', 'copies', 'promisedAt'],
    };
    expect(sampleInput(schema, now, words)).toEqual({
      amount: 16_000,
      method: 'counter',
      copies: 2,
      promisedAt: '2026-11-30T09:00:00+07:00',
    });
  });
});
