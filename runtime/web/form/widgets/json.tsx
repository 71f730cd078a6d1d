/**
 * The generic editor: any value as JSON text, for what the renderer has no field for (a schema it cannot follow,
 * a value of several possible types). Text that is not JSON is kept and named, never thrown away.
 */
import { Input } from 'antd';
import { useState } from 'react';
import type { Widget } from '../types.ts';
import { inputProps } from './aria.ts';
import { useTypedText } from './typed.ts';

const asJson = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value, null, 2));

export const JsonWidget: Widget = (p) => {
  const { text, typed } = useTypedText(p.value, asJson);
  const [broken, setBroken] = useState(false);
  const problemId = `${p.id}-json`;
  const props = inputProps(p);
  return (
    <>
      <Input.TextArea
        {...props}
        className="mc-input-json"
        spellCheck={false}
        autoSize={{ minRows: 2, maxRows: 16 }}
        value={text}
        status={broken ? 'error' : props.status}
        aria-invalid={broken || props['aria-invalid']}
        aria-describedby={
          [props['aria-describedby'], broken ? problemId : undefined].filter(Boolean).join(' ') || undefined
        }
        onChange={(e) => {
          const next = e.target.value;
          if (next.trim() === '') {
            setBroken(false);
            typed(next, undefined);
            p.onChange(undefined);
            return;
          }
          try {
            const value: unknown = JSON.parse(next);
            setBroken(false);
            typed(next, value);
            p.onChange(value);
          } catch {
            // Kept as typed until it is JSON; the answer stays what it was.
            setBroken(true);
            typed(next, p.value);
          }
        }}
      />
      {broken && (
        <div id={problemId} className="mc-field-error">
          {p.t('json.invalid')}
        </div>
      )}
    </>
  );
};
JsonWidget.hint = (t) => t('json.hint');
