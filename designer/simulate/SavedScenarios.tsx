/**
 * The draft's saved scenarios: the list with what each expects, and "run all" with pass or fail per scenario and
 * the reason — the check publishing makes, on the draft as it is now.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMoney } from '../../runtime/web/form/index.ts';
import { TONES } from '../../runtime/web/shell/tones.ts';
import { useDraft, useDraftActions } from '../draft/hooks.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { runAll, type ScenarioOutcome } from './scenario.ts';
import { useSimulateWords } from './words.ts';

export function SavedScenarios({ definition }: { definition: ProcedureDefinition }) {
  const { t, pick } = useSimulateWords();
  const status = useTranslation('portalDossiers').t;
  const { change } = useDraftActions();
  const scenarios = definition.scenarios ?? [];
  const readonly = useDraft((s) => s.save.status === 'readonly');
  // Judged on the draft as it was when run: any later change of the draft shows them "not run" again.
  const [outcomes, setOutcomes] = useState<{ of: ProcedureDefinition; list: ScenarioOutcome[] }>();
  const shown = outcomes?.of === definition ? outcomes.list : undefined;
  const remove = (index: number) =>
    change((d) => ({ ...d, scenarios: (d.scenarios ?? []).filter((_, i) => i !== index) }));

  return (
    <section className="mc-sim-saved" aria-labelledby="mc-sim-saved-title">
      <Typography.Title level={3} id="mc-sim-saved-title">
        {t('saved.title')}
      </Typography.Title>
      <p className="mc-sim-hint">{t('saved.intro')}</p>
      {scenarios.length === 0 ? (
        <p>{t('saved.none')}</p>
      ) : (
        <>
          <Button onClick={() => setOutcomes({ of: definition, list: runAll(definition) })}>
            {t('saved.runAll')}
          </Button>
          <ul className="mc-sim-saved-list" aria-live="polite">
            {scenarios.map((s, i) => {
              const outcome = shown?.[i];
              return (
                <li key={s.name}>
                  <div className="mc-sim-saved-head">
                    <strong>{s.name}</strong>
                    {outcome ? (
                      <Tag color={outcome.failure ? TONES.danger : TONES.success}>
                        {outcome.failure ? t('saved.fail') : t('saved.pass')}
                      </Tag>
                    ) : (
                      <Tag>{t('saved.notRun')}</Tag>
                    )}
                    {!readonly && (
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t('saved.remove', { name: s.name })}
                        onClick={() => remove(i)}
                      />
                    )}
                  </div>
                  {s.expect?.status !== undefined && (
                    <div>
                      {t('saved.expects', {
                        status: status(`status.${s.expect.status as 'draft'}`),
                        amount: showMoney(s.expect.feeTotal ?? 0),
                      })}
                    </div>
                  )}
                  {outcome?.failure && <div className="mc-sim-reason">{pick(outcome.failure.message)}</div>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
