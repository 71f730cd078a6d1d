/**
 * Where the simulated dossier stands: its status, the simulated time, the due time and each open step's due time
 * (in working time, on the calendar), and the fees.
 */
import { Tag } from 'antd';
import { formatInstant, type Dossier } from '../../runtime/engine/index.ts';
import { showMoney } from '../../runtime/web/form/index.ts';
import { slipTime } from '../../runtime/web/portal/dossiers/time.ts';
import { useTranslation } from 'react-i18next';
import { useSimulateWords } from './words.ts';

export function RunSummary({
  dossier,
  now,
  stepName,
}: {
  dossier: Dossier;
  now: number;
  stepName(id: string): string;
}) {
  const { t, pick, role } = useSimulateWords();
  const status = useTranslation('portalDossiers').t(`status.${dossier.status}`);
  const time = (at: number | undefined) => (at === undefined ? undefined : slipTime(formatInstant(at)));
  return (
    <section className="mc-sim-summary" aria-label={t('run.status')}>
      <dl className="mc-sim-facts">
        <div>
          <dt>{t('run.status')}</dt>
          <dd>
            <Tag className="mc-sim-status">{status}</Tag>
          </dd>
        </div>
        <div>
          <dt>{t('run.now')}</dt>
          <dd>{time(now)}</dd>
        </div>
        <div>
          <dt>{t('run.dueAt')}</dt>
          <dd className="mc-sim-due">{time(dossier.promisedAt ?? dossier.dueAt) ?? t('run.noDue')}</dd>
        </div>
        {dossier.tasks.map((task) => (
          <div key={task.id}>
            <dt>{t('run.task', { step: stepName(task.node) })}</dt>
            <dd>
              {role(task.role)}
              {task.dueAt !== undefined &&
                `, ${t('run.taskDue', { time: slipTime(formatInstant(task.dueAt)) })}`}
            </dd>
          </div>
        ))}
        {dossier.timing && (
          <div>
            <dt>{t('run.timing')}</dt>
            <dd>{t(`run.timings.${dossier.timing}`)}</dd>
          </div>
        )}
      </dl>
      <h4>{t('fees.title')}</h4>
      {dossier.fees.items.length === 0 ? (
        <p>{t('fees.none')}</p>
      ) : (
        <>
          <ul className="mc-sim-fees">
            {dossier.fees.items.map((item) => (
              <li key={item.id}>
                {pick(item.label)}: {showMoney(item.amount)} ₫
              </li>
            ))}
          </ul>
          <p className="mc-sim-total">{t('fees.total', { amount: showMoney(dossier.fees.total) })}</p>
          <p>{t('fees.paid', { amount: showMoney(dossier.fees.paid) })}</p>
        </>
      )}
    </section>
  );
}
