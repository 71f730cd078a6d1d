/** The attributes every input of a widget carries: its id, its state for assistive technology, antd's status. */
import type { WidgetProps } from '../types.ts';

export function inputProps(p: WidgetProps) {
  return {
    id: p.id,
    disabled: p.disabled,
    onBlur: p.onBlur,
    status: p.invalid ? ('error' as const) : undefined,
    'aria-invalid': p.invalid || undefined,
    'aria-required': p.required || undefined,
    'aria-describedby': p.describedBy,
    'aria-errormessage': p.invalid ? p.errorId : undefined,
  };
}

/** Empty text is no answer: the property is left out. */
export const textOrNothing = (text: string): string | undefined => (text === '' ? undefined : text);
