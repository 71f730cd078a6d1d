/**
 * What happened in the run, moment by moment: the submission and each step taken (when, by whom), each with what
 * it produced — the slips printed, the notices sent, the steps the dossier moved to with their due times, the
 * result issued.
 */
import type { Effect, Scenario } from '../../runtime/engine/index.ts';
import { formatInstant, parseInstant } from '../../runtime/engine/index.ts';
import { slipTime } from '../../runtime/web/portal/dossiers/time.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { actionLabel } from './labels.ts';
import { useSimulateWords } from './words.ts';

export function Timeline({
  definition,
  run,
  effects,
  stepName,
}: {
  definition: ProcedureDefinition;
  run: Scenario;
  effects: Effect[][];
  stepName(id: string): string;
}) {
  const { t, pick, role } = useSimulateWords();
  const time = (iso: string) => slipTime(formatInstant(parseInstant(iso) ?? 0));
  const moments = [
    { at: run.submit.at, what: t('timeline.submitted'), who: role('citizen') },
    ...(run.steps ?? []).map((s) => ({
      at: s.at,
      what: pick(actionLabel(definition, s)),
      who: role(s.role),
    })),
  ];
  const said = (effect: Effect): string | undefined => {
    switch (effect.type) {
      case 'slip':
        return t('timeline.slip', { slip: t(`slips.${effect.form}`) });
      case 'notification':
        return t('timeline.notify', { to: role(effect.to.role), message: pick(effect.message) });
      case 'result_issued':
        return t('timeline.result');
      case 'task_opened': {
        const step = stepName(effect.task.node);
        const who = role(effect.task.role);
        return effect.task.dueAt === undefined
          ? t('timeline.openedNoDue', { step, role: who })
          : t('timeline.opened', { step, role: who, due: slipTime(formatInstant(effect.task.dueAt)) });
      }
      default:
        // Timers and closed tasks are the engine's bookkeeping: the steps above already say them.
        return undefined;
    }
  };
  return (
    <section className="mc-sim-timeline" aria-labelledby="mc-sim-timeline-title">
      <h4 id="mc-sim-timeline-title">{t('timeline.title')}</h4>
      <ol>
        {moments.map((m, i) => (
          <li key={i}>
            <strong>
              {time(m.at)} · {m.what}
            </strong>{' '}
            ({m.who})
            <Produced texts={(effects[i] ?? []).map(said).filter((text) => text !== undefined)} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Produced({ texts }: { texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <ul>
      {texts.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}
