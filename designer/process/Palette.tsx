/**
 * The palette: every node type of the engine's registry. Drag one onto the canvas, or press it (Enter, a click):
 * the new step goes after the selected one, joined to it, or in the middle of the view when nothing is selected.
 */
import { Tooltip, Typography } from 'antd';
import { useMemo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { shortcutText } from '../editor/keys.ts';
import { PALETTE_MIME } from './Canvas.tsx';
import { TypeIcon } from './icons.tsx';
import { paletteEntries, type PaletteEntry } from './types.ts';

export function Palette({ onAdd, disabled }: { onAdd(type: string): void; disabled: boolean }) {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  // Read when the tab opens: types registered at start-up are all there.
  const entries = useMemo(() => paletteEntries(), []);
  const start = (entry: PaletteEntry) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, entry.type);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    // The list scrolls on a short screen: with its buttons disabled (a read-only version), the list itself takes
    // the focus so that the keyboard can scroll it.
    <section className="mc-palette" aria-labelledby="mc-palette-title" tabIndex={disabled ? 0 : undefined}>
      <Typography.Title level={2} id="mc-palette-title" className="mc-panel-title">
        {t('process.palette.title')}
      </Typography.Title>
      <p className="mc-panel-hint">{t('process.palette.hint', { key: shortcutText('append') })}</p>
      <ul className="mc-palette-list">
        {entries.map((entry) => (
          <li key={entry.type}>
            <Tooltip title={entry.description[language]} placement="right">
              <button
                type="button"
                className="mc-palette-item"
                draggable={!disabled}
                disabled={disabled}
                onDragStart={start(entry)}
                onClick={() => onAdd(entry.type)}
                data-type={entry.type}
                aria-describedby={`mc-type-${entry.type}`}
              >
                <span className="mc-step-icon" style={{ background: entry.color }}>
                  <TypeIcon icon={entry.icon} />
                </span>
                {entry.label[language]}
                <span hidden id={`mc-type-${entry.type}`}>
                  {entry.description[language]}
                </span>
              </button>
            </Tooltip>
          </li>
        ))}
      </ul>
    </section>
  );
}
