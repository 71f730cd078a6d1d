/**
 * The list of what to fix, at the top of the form, when the person tries to move on or submit: each problem a
 * link to its field. It is an alert (said at once by screen readers) and keeps the list of that attempt, as
 * GOV.UK's error summary does; the fields themselves show each error as it is fixed.
 */
import { Alert } from 'antd';
import type { Ref } from 'react';
import type { FieldError } from '../../../engine/index.ts';
import { segmentsOf } from '../../../engine/index.ts';
import { childPath, ROOT } from '../model/paths.ts';
import { fieldIds, useEnv, type FormEnv } from './env.ts';

export interface Summary {
  /** Leaving a step, or submitting the form. */
  scope: 'step' | 'form';
  errors: FieldError[];
}

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex="0"]';

/** The block on screen nearest to `path`: the field's own, or that of the group that holds it. */
function blockOf(env: FormEnv, path: string): { element: HTMLElement; path: string } | undefined {
  const segments = segmentsOf(path);
  for (let n = segments.length; n >= 0; n--) {
    const at = segments.slice(0, n).reduce<string>(childPath, ROOT);
    const element = document.getElementById(fieldIds(env, at).block);
    if (element) return { element, path: at };
  }
  return undefined;
}

/** Moves the focus to the field at `path` (its input, else its first control), scrolling it into view. */
export function focusField(env: FormEnv, path: string): void {
  const block = blockOf(env, path);
  if (!block) return;
  const own = document.getElementById(fieldIds(env, block.path).input);
  const target = own?.matches(FOCUSABLE) ? own : block.element.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}

/** The errors in the order of the form on screen (fields not on screen last, in the validator's order). */
export function onScreenOrder(env: FormEnv, errors: FieldError[]): FieldError[] {
  const placed = errors.map((e, i) => ({ e, i, element: blockOf(env, e.path)?.element }));
  return placed
    .sort((a, b) => {
      if (a.element && b.element && a.element !== b.element) {
        return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      return a.element === b.element ? a.i - b.i : a.element ? -1 : 1;
    })
    .map((p) => p.e);
}

export function ErrorSummary({
  summary,
  onGo,
  ref,
}: {
  summary: Summary;
  onGo(path: string): void;
  ref?: Ref<HTMLDivElement>;
}) {
  const env = useEnv();
  const { t, language } = env;
  const errors = onScreenOrder(env, summary.errors);
  return (
    // antd's Alert is the alert (role="alert"): said at once by screen readers.
    <div className="mc-error-summary" ref={ref}>
      <Alert
        type="error"
        showIcon
        title={t(summary.scope === 'step' ? 'summary.step' : 'summary.form', { count: errors.length })}
        description={
          <ul className="mc-error-list">
            {errors.map((e) => (
              <li key={e.path + e.code}>
                <a
                  href={`#${fieldIds(env, e.path).block}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onGo(e.path);
                  }}
                >
                  {e.message[language]}
                </a>
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
