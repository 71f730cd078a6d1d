/**
 * The frame around every field: its label (a legend for a group of controls), its help, and its error, tied to the
 * input with aria-describedby. The error's element is always there and polite-live, so a screen reader says the
 * error when it appears, without taking the person away from where they are.
 */
import type { ReactNode } from 'react';
import type { FieldError } from '../../../engine/index.ts';
import type { FieldMark, Language } from '../types.ts';

export interface FrameProps {
  ids: { input: string; help: string; error: string; block: string };
  label: string;
  required: boolean;
  /** Help lines: the UI schema's help or the schema's description, and the widget's hint. */
  help: (string | undefined)[];
  error: FieldError | undefined;
  language: Language;
  /** A label tied to the input; a legend (radio buttons, checkboxes, several inputs); or none (the widget shows it). */
  labelling: 'label' | 'legend' | 'self';
  requiredMark: string;
  mark?: FieldMark;
  children: ReactNode;
}

export function FieldFrame(props: FrameProps) {
  const { ids, label, required, help, error, language, labelling, requiredMark, mark, children } = props;
  const lines = help.filter((h): h is string => !!h);
  // The star is for the eye; an input says it is required with aria-required, a group of controls in words.
  const title = (
    <>
      {label}
      {required && (
        <span className="mc-required">
          <span aria-hidden="true"> *</span>
          {labelling === 'legend' && <span className="mc-visually-hidden"> ({requiredMark})</span>}
        </span>
      )}
      {mark && <span className="mc-field-mark-word"> {mark.word}</span>}
    </>
  );
  const body = (
    <>
      {lines.length > 0 && (
        <div id={ids.help} className="mc-field-help">
          {lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      )}
      {children}
      <div id={ids.error} className="mc-field-error" aria-live="polite">
        {error?.message[language]}
      </div>
    </>
  );
  return (
    <div className={fieldClass(!!error, mark)} id={ids.block}>
      {labelling === 'legend' ? (
        <fieldset className="mc-field-set" aria-describedby={describedBy(ids, lines.length > 0, !!error)}>
          <legend className="mc-field-label">{title}</legend>
          {body}
        </fieldset>
      ) : (
        <>
          {labelling === 'label' && (
            <label className="mc-field-label" htmlFor={ids.input}>
              {title}
            </label>
          )}
          {body}
        </>
      )}
    </div>
  );
}

function fieldClass(invalid: boolean, mark: FieldMark | undefined): string {
  return ['mc-field', invalid && 'mc-field-invalid', mark && `mc-field-mark mc-field-mark-${mark.tone}`]
    .filter(Boolean)
    .join(' ');
}

/** The ids an input points at with aria-describedby: its help, and its error while there is one. */
export function describedBy(ids: FrameProps['ids'], help: boolean, error: boolean): string | undefined {
  const list = [help ? ids.help : undefined, error ? ids.error : undefined].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}
