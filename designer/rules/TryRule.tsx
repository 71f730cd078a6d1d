/**
 * "Try it": the designer types sample answers for the fields the rule reads (or picks a sample, such as a
 * scenario's submission) and a submission date, and sees the value the engine computes — with the engine itself,
 * as the server will.
 */
import { Select, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import type { Rule } from '../../schemas/procedure.ts';
import { evaluate, RuleError, ruleVariables } from '../../runtime/engine/index.ts';
import { ValueInput } from './builder/ValueInput.tsx';
import type { RuleFieldInfo } from './model/fields.ts';
import type { RulePlace } from './model/place.ts';
import { fieldName, useRuleWords } from './words.ts';

export interface Sample {
  /** What the sample is ("Kịch bản: khai sinh đúng hạn"). */
  name: string;
  /** Form data, as a submission carries it. */
  data: unknown;
}

const HOUR = 3_600_000;

/** The date in Vietnam of an instant, "YYYY-MM-DD". */
const vietnamDate = (instant: number) => new Date(instant + 7 * HOUR).toISOString().slice(0, 10);

function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const key of path.split('.'))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function withValue(data: unknown, path: string, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path.split('.');
  const base = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const next = rest.length === 0 ? value : withValue(base[key], rest.join('.'), value);
  const out = { ...base, [key]: next };
  if (next === undefined || next === '') delete out[key];
  return out;
}

const SUBMITTED: RuleFieldInfo = { path: '', label: { vi: '', en: '' }, within: [], type: 'date' };

export function TryRule({
  rule,
  place,
  samples = [],
  now,
}: {
  rule: Rule | undefined;
  place: RulePlace;
  samples?: readonly Sample[];
  now?: number;
}) {
  const words = useRuleWords();
  const { t, language, pick } = words;
  const headingId = useId();
  const [data, setData] = useState<unknown>({});
  const [date, setDate] = useState(() => vietnamDate(now ?? Date.now()));
  const read = useMemo(() => {
    const paths = rule === undefined ? [] : ruleVariables(rule);
    return place.fields.filter((f) => paths.includes(f.path));
  }, [rule, place.fields]);

  const result = useMemo(() => {
    if (rule === undefined) return { text: t('tryIt.noRule'), failed: true };
    try {
      const value = evaluate(rule, data, { now: Date.parse(`${date}T09:00:00+07:00`) });
      const editor = place.editor;
      if (typeof value === 'number' && editor.kind === 'value') {
        const n = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US').format(value);
        return { text: `${n} ${t(`value.units.${editor.unit}`)}`, failed: false };
      }
      return { text: JSON.stringify(value), failed: false };
    } catch (error) {
      const message = error instanceof RuleError ? pick(error.localized) : String(error);
      return { text: t('tryIt.failed', { message }), failed: true };
    }
  }, [rule, data, date, place.editor, language, t, pick]);

  return (
    <section className="mc-rule-try" aria-labelledby={headingId}>
      <Typography.Title level={4} id={headingId}>
        {t('tryIt.title')}
      </Typography.Title>
      <p className="mc-rule-note">{t('tryIt.intro')}</p>
      {samples.length > 0 && (
        <Select
          className="mc-rule-field"
          aria-label={t('tryIt.sample')}
          placeholder={t('tryIt.sample')}
          options={samples.map((s, i) => ({ value: i, label: s.name }))}
          onChange={(i: number) => setData(samples[i].data)}
        />
      )}
      <div className="mc-rule-try-fields">
        {read.map((field) => (
          <div key={field.path} className="mc-rule-try-field">
            <span aria-hidden="true">{fieldName(field, words)}</span>
            <ValueInput
              field={field}
              shape="one"
              label={fieldName(field, words)}
              value={valueAt(data, field.path) ?? ''}
              onChange={(v) => setData(withValue(data, field.path, v))}
            />
          </div>
        ))}
        <div className="mc-rule-try-field">
          <span aria-hidden="true">{t('tryIt.submittedOn')}</span>
          <ValueInput
            field={SUBMITTED}
            shape="one"
            label={t('tryIt.submittedOn')}
            value={date}
            onChange={(v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && setDate(v)}
          />
        </div>
      </div>
      <p role="status">
        {t('tryIt.result')}:{' '}
        <Typography.Text className="mc-rule-result" type={result.failed ? 'danger' : undefined}>
          {result.text}
        </Typography.Text>
      </p>
    </section>
  );
}
