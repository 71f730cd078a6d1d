/**
 * What can be done at the next simulated time: how long to wait first (in working time), then each action offered
 * by the engine as a button naming the action and the role that takes it, with its input pre-filled.
 */
import { Button, Card, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { formatInstant, type AvailableAction } from '../../runtime/engine/index.ts';
import { slipTime } from '../../runtime/web/portal/dossiers/time.ts';
import { ActionInput } from './ActionInput.tsx';
import { ADVANCE_UNITS, type AdvanceUnit } from './clock.ts';
import { inputFields, sampleInput } from './input.ts';
import type { Simulation } from './useSimulation.ts';
import { useSimulateWords } from './words.ts';

export function ActionList({
  simulation,
  stepName,
}: {
  simulation: Simulation;
  stepName(id: string): string;
}) {
  const { t } = useSimulateWords();
  const { offered, nextAt, wait, setWait } = simulation;
  if (!offered || nextAt === undefined) return null;
  const moment = simulation.run?.steps?.length ?? 0;
  const none = offered.steps.length === 0 && offered.dossier.length === 0;
  return (
    <section className="mc-sim-actions" aria-labelledby="mc-sim-actions-title">
      <Typography.Title level={4} id="mc-sim-actions-title">
        {t('act.title')}
      </Typography.Title>
      <fieldset className="mc-sim-wait">
        <legend>{t('act.wait')}</legend>
        <InputNumber
          aria-label={t('act.waitValue')}
          min={0}
          step={0.5}
          value={wait.value}
          onChange={(value) => setWait({ ...wait, value: value ?? 0 })}
        />
        <Select
          aria-label={t('act.waitUnit')}
          value={wait.unit}
          onChange={(unit: AdvanceUnit) => setWait({ ...wait, unit })}
          options={ADVANCE_UNITS.map((u) => ({ value: u, label: t(`act.units.${u}`) }))}
        />
        <output className="mc-sim-next">{t('act.at', { time: slipTime(formatInstant(nextAt)) })}</output>
      </fieldset>
      {none && <p>{t('act.none')}</p>}
      {offered.steps.map((offer) => (
        <Offer key={keyOf(offer, moment)} offer={offer} simulation={simulation} stepName={stepName} />
      ))}
      {offered.dossier.length > 0 && (
        <details className="mc-sim-other">
          <summary>{t('act.other')}</summary>
          {offered.dossier.map((offer) => (
            <Offer key={keyOf(offer, moment)} offer={offer} simulation={simulation} stepName={stepName} />
          ))}
        </details>
      )}
    </section>
  );
}

/** One per offer and per moment: a new step starts each offer again from fresh sample input. */
const keyOf = (o: AvailableAction, moment: number) =>
  `${moment}:${o.action}:${o.node ?? ''}:${o.role}:${o.unit ?? ''}`;

function Offer({
  offer,
  simulation,
  stepName,
}: {
  offer: AvailableAction;
  simulation: Simulation;
  stepName(id: string): string;
}) {
  const { t, pick, role: roleName } = useSimulateWords();
  const fields = inputFields(offer.input);
  const sample = (field: string) =>
    t(`act.sample.${field === 'reason' || field === 'reference' ? field : 'other'}`);
  const [values, setValues] = useState(() => sampleInput(offer.input, simulation.nextAt ?? 0, sample));
  const role = roleName(offer.role);
  const action = pick(offer.label);
  return (
    <Card size="small" className="mc-sim-offer">
      <div className="mc-sim-offer-head">
        <Button type="primary" onClick={() => simulation.act(offer, values)}>
          {t('act.doLabel', { action, role })}
        </Button>
        {offer.node && <span>{t('act.step', { step: stepName(offer.node) })}</span>}
      </div>
      {fields.length > 0 && <ActionInput fields={fields} values={values} onChange={setValues} />}
    </Card>
  );
}
