/** The step allotments on the longest path against the legal processing time, with a warning when they exceed it. */
import { Alert, Progress } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allotmentPlan } from '../../runtime/engine/index.ts';
import { useDraft } from '../draft/hooks.ts';

/** Working hours in a working day (the standard calendar's). */
const DAY_HOURS = 8;

export function AllotmentBar() {
  const { t } = useTranslation('designer');
  const definition = useDraft((s) => s.definition);
  const plan = useMemo(() => allotmentPlan(definition), [definition]);
  if (!plan) return null;
  const show = (hours: number) =>
    hours >= DAY_HOURS && hours % (DAY_HOURS / 2) === 0
      ? t('process.allotment.days', { count: hours / DAY_HOURS })
      : t('process.allotment.hours', { count: +hours.toFixed(2) });
  if (plan.budget === undefined) {
    return <p className="mc-allotment">{t('process.allotment.byRule', { planned: show(plan.planned) })}</p>;
  }
  const over = plan.planned > plan.budget;
  const text = t('process.allotment.summary', { planned: show(plan.planned), budget: show(plan.budget) });
  return (
    <div className="mc-allotment">
      {over ? (
        <Alert type="warning" showIcon title={t('process.allotment.over')} description={text} />
      ) : (
        <>
          <span>{text}</span>
          <Progress
            percent={plan.budget === 0 ? 0 : Math.round((plan.planned / plan.budget) * 100)}
            size="small"
            aria-label={text}
          />
        </>
      )}
    </div>
  );
}
