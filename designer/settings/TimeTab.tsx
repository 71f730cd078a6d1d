/**
 * The "Thời hạn và cài đặt" tab: the processing time, the receipt cut-off, what happens to the clock while a
 * dossier waits for a supplement, the legal basis, and the results issued.
 */
import { Input, Radio } from 'antd';
import { useState } from 'react';
import type { ProcedureDefinition, Settings } from '../../schemas/procedure.ts';
import { useDraft, useDraftActions } from '../draft/hooks.ts';
import { LegalBasisEditor } from './LegalBasisEditor.tsx';
import { ProcessingTime } from './ProcessingTime.tsx';
import { Problems } from './Problems.tsx';
import { ResultsEditor } from './ResultsEditor.tsx';
import { useProblems } from './useProblems.ts';
import { useSettingsWords } from './words.ts';
import './settings.css';

export function TimeTab() {
  const { t } = useSettingsWords();
  const { change } = useDraftActions();
  const definition = useDraft((s) => s.definition);
  const readonly = useDraft((s) => s.save.status === 'readonly');
  const problems = useProblems();
  const [now] = useState(() => Date.now());
  const edit = <K extends keyof ProcedureDefinition>(key: K, value: ProcedureDefinition[K], field: string) =>
    change((d) => ({ ...d, [key]: value }), { coalesce: `time:${field}` });
  const setSettings = (next: Partial<Settings>, field: string) => {
    const settings = { ...definition.settings, ...next };
    // No cut-off of its own: the calendar's applies.
    if (!settings.cutoff) delete settings.cutoff;
    edit('settings', settings, field);
  };

  return (
    <div className="mc-settings">
      <h2>{t('time.title')}</h2>
      <ProcessingTime
        definition={definition}
        disabled={readonly}
        now={now}
        onChange={(time, field) => edit('processingTime', time, field)}
      />
      <Problems problems={problems} path="/processingTime" />
      <fieldset className="mc-settings-fieldset">
        <legend>{t('time.receipt')}</legend>
        <label>
          <span>{t('time.cutoff')}</span>
          <Input
            className="mc-settings-cutoff"
            type="time"
            value={definition.settings.cutoff ?? ''}
            disabled={readonly}
            aria-describedby="mc-cutoff-help"
            onChange={(e) => setSettings({ cutoff: e.target.value }, 'cutoff')}
          />
        </label>
        <p id="mc-cutoff-help" className="mc-settings-help">
          {t('time.cutoffHelp')}
        </p>
        <Problems problems={problems} path="/settings/cutoff" />
        <Radio.Group
          aria-label={t('time.supplement')}
          value={definition.settings.supplementPolicy}
          disabled={readonly}
          className="mc-settings-wide"
          onChange={(e) =>
            setSettings({ supplementPolicy: e.target.value as Settings['supplementPolicy'] }, 'supplement')
          }
          options={[
            { value: 'pause', label: t('time.pause') },
            { value: 'restart', label: t('time.restart') },
          ]}
        />
      </fieldset>
      <LegalBasisEditor />
      <Problems problems={problems} path="/legalBasis" />
      <ResultsEditor />
      <Problems problems={problems} path="/results" />
    </div>
  );
}
