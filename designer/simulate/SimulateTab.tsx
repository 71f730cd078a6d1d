/**
 * The "Chạy thử" tab: the draft run in the page by the engine itself, before it is published. Step 1 hands in a
 * test dossier; step 2 takes the actions offered, one by one, each as its role and after a wait in working time,
 * showing the path on the diagram, the due time, the fees and what each step produced. A run can be saved as a
 * test scenario of the draft, which publishing runs again.
 */
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useCallback } from 'react';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import { ActionList } from './ActionList.tsx';
import { AnswersPanel } from './AnswersPanel.tsx';
import { stepLabel } from './labels.ts';
import { PathDiagram } from './PathDiagram.tsx';
import { RunSummary } from './RunSummary.tsx';
import { SavedScenarios } from './SavedScenarios.tsx';
import { SaveRun } from './SaveRun.tsx';
import { Timeline } from './Timeline.tsx';
import { useSimulation, type Simulation } from './useSimulation.ts';
import { useSimulateWords } from './words.ts';
import './simulate.css';

export function SimulateTab() {
  const { t } = useSimulateWords();
  const simulation = useSimulation();
  return (
    <div className="mc-sim">
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <p className="mc-sim-hint">{t('intro')}</p>
      {simulation.calendarError ? (
        <ErrorAlert error={simulation.calendarError} />
      ) : !simulation.ready ? (
        <Spin aria-label={t('title')} />
      ) : simulation.run ? (
        <RunPanel simulation={simulation} />
      ) : (
        <AnswersPanel simulation={simulation} />
      )}
      <SavedScenarios definition={simulation.definition} />
    </div>
  );
}

function RunPanel({ simulation }: { simulation: Simulation }) {
  const { t, pick } = useSimulateWords();
  const { definition, run, replayed, dossier, refused } = simulation;
  const stepName = useCallback((id: string) => pick(stepLabel(definition, id)), [definition, pick]);
  if (!run || !replayed) return null;
  const failure = replayed.result.ok ? undefined : replayed.result;
  return (
    <section className="mc-sim-run" aria-labelledby="mc-sim-run-title">
      <div className="mc-sim-run-head">
        <Typography.Title level={3} id="mc-sim-run-title">
          {t('run.title')}
        </Typography.Title>
        <Space wrap>
          <Button onClick={simulation.undo} disabled={(run.steps ?? []).length === 0}>
            {t('run.undo')}
          </Button>
          <Button onClick={simulation.restart}>{t('run.restart')}</Button>
        </Space>
      </div>
      {failure && (
        // The draft changed under the run (or its answers no longer pass): the engine says where and why.
        <Alert
          type="error"
          showIcon
          title={failure.step === 'submit' ? t('run.failedAtSubmit') : t('run.failed')}
          description={pick(failure.error.message)}
        />
      )}
      {dossier && <PathDiagram definition={definition} dossier={dossier} stepName={stepName} />}
      {dossier && (
        <div className="mc-sim-grid">
          <div className="mc-sim-state">
            <RunSummary dossier={dossier} now={replayed.now} stepName={stepName} />
            <Timeline definition={definition} run={run} effects={replayed.effects} stepName={stepName} />
          </div>
          <div className="mc-sim-act">
            {refused && (
              <Alert
                role="alert"
                type="error"
                showIcon
                title={t('run.failed')}
                description={pick(refused.message)}
              />
            )}
            {dossier.finishedAt !== undefined ? (
              <p>{t('run.ended')}</p>
            ) : (
              <ActionList simulation={simulation} stepName={stepName} />
            )}
            <SaveRun simulation={simulation} />
          </div>
        </div>
      )}
    </section>
  );
}
