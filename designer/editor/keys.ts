/**
 * The editor's keyboard shortcuts (bpmn-js's bindings), one table for handling them and for showing them in
 * tooltips and the help dialog. Ctrl is also ⌘ on a Mac.
 */

interface Chord {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
}

export const SHORTCUTS = {
  undo: [{ key: 'z', ctrl: true }],
  redo: [
    { key: 'y', ctrl: true },
    { key: 'z', ctrl: true, shift: true },
  ],
  selectAll: [{ key: 'a', ctrl: true }],
  copy: [{ key: 'c', ctrl: true }],
  paste: [{ key: 'v', ctrl: true }],
  duplicate: [{ key: 'd', ctrl: true }],
  remove: [{ key: 'Delete' }, { key: 'Backspace' }],
  append: [{ key: 'a' }],
  layout: [{ key: 'l', ctrl: true, shift: true }],
  help: [{ key: '?', shift: true }],
} satisfies Record<string, Chord[]>;

export type ShortcutName = keyof typeof SHORTCUTS;

const KEY_NAMES: Record<string, string> = { Delete: 'Delete', Backspace: 'Backspace', '?': '?' };

function chordText(chord: Chord): string {
  const key = KEY_NAMES[chord.key] ?? chord.key.toUpperCase();
  if (chord.key === '?') return key;
  return [chord.ctrl && 'Ctrl', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** How a shortcut is written: "Ctrl+Z", or "Ctrl+Y / Ctrl+Shift+Z". */
export function shortcutText(name: ShortcutName): string {
  return SHORTCUTS[name].map(chordText).join(' / ');
}

/** Which shortcut a key press is, if any. */
export function shortcutOf(event: KeyboardEvent | React.KeyboardEvent): ShortcutName | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const [name, chords] of Object.entries(SHORTCUTS) as [ShortcutName, Chord[]][]) {
    for (const chord of chords) {
      const shiftMatters = chord.key.length !== 1 || /[a-z]/.test(chord.key);
      if (
        chord.key.toLowerCase() === key.toLowerCase() &&
        !!chord.ctrl === ctrl &&
        (!shiftMatters || !!chord.shift === event.shiftKey) &&
        !event.altKey
      )
        return name;
    }
  }
  return undefined;
}

/** Whether a key press belongs to a text field (typing there is not a shortcut, except undo inside it). */
export function inTextField(event: { target: EventTarget | null }): boolean {
  const target = event.target as HTMLElement | null;
  return !!target?.closest('input, textarea, select, [contenteditable="true"], [role="combobox"]');
}
