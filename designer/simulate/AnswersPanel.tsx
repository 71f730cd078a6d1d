/**
 * Step 1 of a simulation: the dossier handed in — the citizen's form itself (runtime/web/form, as the preview of
 * the form tab) filled with test answers, the channel, the documents handed in, and the time of submission, which
 * starts the simulated clock. The form's own button starts the run once the answers are valid.
 */
import { Checkbox, Input, Radio, Typography } from 'antd';
import { useId, useState } from 'react';
import {
  CHANNELS,
  deemedReceipt,
  formatInstant,
  parseInstant,
  type Calendar,
  type Channel,
} from '../../runtime/engine/index.ts';
import { SchemaForm } from '../../runtime/web/form/index.ts';
import { useFormSources } from '../../runtime/web/shell/form-sources.ts';
import { toLocalInput } from './clock.ts';
import type { Simulation } from './useSimulation.ts';
import { useSimulateWords } from './words.ts';

/** The next whole hour from now, moved into office hours: a time a clerk can read, and would be at work. */
const nextOfficeHour = (calendar: Calendar | undefined) => {
  const hour = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
  return calendar ? deemedReceipt(calendar, hour) : hour;
};

export function AnswersPanel({ simulation }: { simulation: Simulation }) {
  const { t, language, pick } = useSimulateWords();
  const { definition } = simulation;
  const sources = useFormSources(definition.components);
  const last = simulation.lastSubmit;
  const [data, setData] = useState<unknown>(last?.data);
  const [channel, setChannel] = useState<Channel>(last?.channel ?? 'online');
  const [components, setComponents] = useState<string[]>(last?.components ?? []);
  const [at, setAt] = useState(() =>
    toLocalInput((last && parseInstant(last.at)) ?? nextOfficeHour(simulation.calendar)),
  );
  const atId = useId();
  const submittedAt = parseInstant(at);

  return (
    <section className="mc-sim-answers" aria-labelledby="mc-sim-answers-title">
      <Typography.Title level={3} id="mc-sim-answers-title">
        {t('answers.title')}
      </Typography.Title>
      <div className="mc-sim-answers-facts">
        <fieldset>
          <legend>{t('answers.channel')}</legend>
          <Radio.Group
            value={channel}
            onChange={(e) => setChannel(e.target.value as Channel)}
            options={CHANNELS.map((c) => ({ value: c, label: t(`answers.channels.${c}`) }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t('answers.components')}</legend>
          {definition.components.length === 0 ? (
            <p>{t('answers.noComponents')}</p>
          ) : (
            <Checkbox.Group
              className="mc-sim-components"
              value={components}
              onChange={(v) => setComponents(v)}
              options={definition.components.map((c) => ({ value: c.id, label: pick(c.name) }))}
            />
          )}
        </fieldset>
        <div className="mc-sim-field">
          <label htmlFor={atId}>{t('answers.at')}</label>
          <Input id={atId} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        </div>
      </div>
      <SchemaForm
        schema={definition.form.schema}
        ui={definition.form.ui}
        checks={definition.form.checks}
        {...(data === undefined ? {} : { defaultValue: data })}
        onChange={setData}
        onSubmit={(answers) =>
          submittedAt !== undefined &&
          simulation.start({
            at: formatInstant(submittedAt),
            channel,
            data: answers as Record<string, unknown>,
            components,
          })
        }
        submitLabel={t('answers.start')}
        mode="fill"
        steps="none"
        language={language}
        dataSources={sources}
        // Rules that read today (a birth within 60 days) read the simulated time of submission.
        now={() => submittedAt ?? Date.now()}
        aria-label={t('answers.form')}
      />
    </section>
  );
}
