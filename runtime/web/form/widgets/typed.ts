/**
 * A widget whose text is not its value (a date typed dd/MM/yyyy is stored yyyy-MM-dd; 1.000.000 is 1000000): it
 * keeps what the person types, and shows the value again only when the value changes from elsewhere (a draft
 * loaded, an item moved), never while they type.
 */
import { useRef, useState } from 'react';

export function useTypedText(value: unknown, show: (value: unknown) => string) {
  const [text, setText] = useState(() => show(value));
  const emitted = useRef<unknown>(value);
  if (value !== emitted.current) {
    emitted.current = value;
    const fresh = show(value);
    if (fresh !== text) setText(fresh);
  }
  return {
    text,
    /** Shows `next` and records `value` as what the field now holds. */
    typed(next: string, value: unknown) {
      emitted.current = value;
      setText(next);
    },
  };
}
