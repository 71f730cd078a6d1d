/** The keyboard shortcuts of the process designer, listed. */
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, shortcutText, type ShortcutName } from '../editor/keys.ts';

export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('designer');
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('process.help.title')}>
      <p>{t('process.help.intro')}</p>
      <table className="mc-shortcuts">
        <tbody>
          {(Object.keys(SHORTCUTS) as ShortcutName[]).map((name) => (
            <tr key={name}>
              <th scope="row">{t(`process.help.keys.${name}`)}</th>
              <td>
                <kbd>{shortcutText(name)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('process.help.keys.arrows')}</th>
            <td>
              <kbd>← ↑ → ↓</kbd>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('process.help.keys.tab')}</th>
            <td>
              <kbd>Tab</kbd>
            </td>
          </tr>
        </tbody>
      </table>
    </Modal>
  );
}
