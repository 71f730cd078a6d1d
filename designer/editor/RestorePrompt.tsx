/**
 * Changes that never reached the server (the tab was closed, the browser crashed, the connection was lost) are
 * still in this browser: offered back when the version is opened again. Restoring is one change, undoable.
 */
import { Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canonical } from '../draft/canonical.ts';
import type { EditorSession } from './session.ts';

export function RestorePrompt({ session }: { session: EditorSession }) {
  const { t, i18n } = useTranslation('designer');
  const [unsaved, setUnsaved] = useState(() => {
    const kept = session.backup.read();
    const current = session.store.getState();
    if (!kept || current.save.status === 'readonly') return undefined;
    if (canonical(kept.definition) === canonical(current.definition)) {
      session.backup.clear();
      return undefined;
    }
    return kept;
  });
  if (!unsaved) return null;
  const at = new Date(unsaved.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const close = () => setUnsaved(undefined);
  return (
    <Modal
      open
      title={t('editor.restore.title')}
      onCancel={close}
      footer={
        <Space wrap>
          <Button
            onClick={() => {
              session.backup.clear();
              close();
            }}
          >
            {t('editor.restore.discard')}
          </Button>
          <Button
            type="primary"
            onClick={() => {
              session.store.getState().change(() => unsaved.definition);
              close();
            }}
          >
            {t('editor.restore.restore')}
          </Button>
        </Space>
      }
    >
      <p>{t('editor.restore.body', { at })}</p>
    </Modal>
  );
}
