/**
 * "Lưu thành kịch bản": the run as it stands saved into the draft's scenarios, its end (status, open steps, fees
 * total) becoming what the scenario expects. Beside the actions, where the clerk is when the run ends.
 */
import { Alert, Button, Input } from 'antd';
import { useId, useState } from 'react';
import { useDraft, useDraftActions } from '../draft/hooks.ts';
import { toSavedScenario, withSaved } from './scenario.ts';
import type { Simulation } from './useSimulation.ts';
import { useSimulateWords } from './words.ts';

export function SaveRun({ simulation }: { simulation: Simulation }) {
  const { t } = useSimulateWords();
  const { change } = useDraftActions();
  const count = useDraft((s) => s.definition.scenarios?.length ?? 0);
  const readonly = useDraft((s) => s.save.status === 'readonly');
  const [name, setName] = useState('');
  const [savedAs, setSavedAs] = useState<string>();
  const nameId = useId();
  const { run, dossier } = simulation;
  if (readonly) return <p>{t('saved.readonly')}</p>;
  if (!run || !dossier) return null;
  const fallbackName = t('saved.defaultName', { n: count + 1 });

  const save = () => {
    const saved = toSavedScenario(name.trim() || fallbackName, run, dossier);
    change((d) => ({ ...d, scenarios: withSaved(d.scenarios ?? [], saved) }));
    setSavedAs(saved.name);
    setName('');
  };

  return (
    <div className="mc-sim-save">
      <label htmlFor={nameId}>{t('saved.name')}</label>
      <Input
        id={nameId}
        value={name}
        placeholder={fallbackName}
        onChange={(e) => setName(e.target.value)}
        onPressEnter={save}
      />
      <Button type="primary" onClick={save}>
        {t('saved.save')}
      </Button>
      {savedAs && (
        <Alert
          className="mc-sim-saved-note"
          role="status"
          type="success"
          showIcon
          title={t('saved.savedAs', { name: savedAs })}
        />
      )}
    </div>
  );
}
