import type { Args } from '../args.ts';
import { FORM_DATA, readJson } from '../files.ts';
import type { Output } from '../main.ts';
import { describe, loadRunnable } from './definition.ts';
import { feesFor } from './engine.ts';
import { nowOption } from './now.ts';

const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đ`;

export function fees(args: Args): Output {
  const definition = loadRunnable(args.positional[0]);
  const data = readJson(args.options.data, FORM_DATA);
  const result = feesFor(definition, data, { now: nowOption(args) });
  if (!result.ok) {
    return {
      json: { error: result.error },
      text: `${describe({ path: '', ...result.error }, 'vi')}\n${result.error.message.en}`,
      exitCode: 1,
    };
  }
  const { total, items } = result.value;
  const json = { total, items: items.map(({ id, kind, label, amount }) => ({ id, kind, label, amount })) };
  const text = [
    ...items.map((i) => `${i.label.vi.padEnd(40)} ${vnd(i.amount).padStart(14)}`),
    `${'Tổng cộng / Total'.padEnd(40)} ${vnd(total).padStart(14)}`,
  ].join('\n');
  return { json, text, exitCode: 0 };
}
