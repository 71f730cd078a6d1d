/**
 * Where the person is in a long form: the steps (those done can be opened again), and the step's heading
 * "Bước 2/5: Người mẹ", which takes the focus when the step changes so that a screen reader says where they are.
 */
import { Progress, Steps } from 'antd';
import type { Ref } from 'react';
import type { UiSchema } from '../../../../schemas/procedure.ts';
import { resolveSchema } from '../schema/resolve.ts';
import type { Step } from '../model/steps.ts';
import { childPath, ROOT } from '../model/paths.ts';
import { inLanguage, readableKey, uiFieldAt, useEnv, type FormEnv } from './env.ts';

/** A step's title: its section's, its group's label, or "other details" for the loose fields at the end. */
export function stepTitle(step: Step, env: FormEnv, ui: UiSchema | undefined): string {
  const { title } = step;
  if (title === undefined) return env.t('steps.other');
  if (!('key' in title)) return title[env.language];
  const path = childPath(ROOT, title.key);
  const label = inLanguage(uiFieldAt(ui, path)?.label, env.language);
  const properties = resolveSchema(env.root, env.root).schema.properties as
    Record<string, unknown> | undefined;
  const own = resolveSchema(env.root, properties?.[title.key]).schema.title;
  return label ?? (typeof own === 'string' ? own : readableKey(title.key));
}

export function StepHeader({
  titles,
  position,
  onGo,
  ref,
}: {
  titles: string[];
  position: number;
  onGo(index: number): void;
  ref?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useEnv();
  return (
    <div className="mc-steps">
      <nav aria-label={t('steps.label')} className="mc-steps-nav">
        <Steps
          size="small"
          current={position}
          onChange={onGo}
          items={titles.map((title, i) => ({ title, disabled: i > position }))}
        />
      </nav>
      <Progress
        className="mc-steps-progress"
        percent={Math.round(((position + 1) / titles.length) * 100)}
        showInfo={false}
        aria-hidden="true"
      />
      <h2 className="mc-step-title" tabIndex={-1} ref={ref}>
        {t('steps.title', { n: position + 1, total: titles.length, title: titles[position] })}
      </h2>
    </div>
  );
}
