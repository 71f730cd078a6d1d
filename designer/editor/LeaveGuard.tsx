/**
 * Leaving with unsaved work: the browser asks before closing or reloading the tab (beforeunload); leaving through
 * the app saves first and asks only when that fails. Hiding the tab (switching away, closing on a phone) saves at
 * once. Whatever happens, the unsaved copy stays in this browser (../draft/backup.ts).
 */
import { Button, Modal, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { useDraft } from '../draft/hooks.ts';
import type { SaveStatus } from '../draft/store.ts';
import type { EditorSession } from './session.ts';

const UNSAVED: readonly SaveStatus[] = ['pending', 'saving', 'failed', 'conflict'];

export function LeaveGuard({ session }: { session: EditorSession }) {
  const { t } = useTranslation('designer');
  const unsaved = useDraft((s) => UNSAVED.includes(s.save.status));
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const hidden = () => void (document.visibilityState === 'hidden' && session.autosave.flush());
    window.addEventListener('beforeunload', warn);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [unsaved, session]);

  // Leaving inside the app: save first; go on if that worked, else ask.
  const state = blocker.state;
  useEffect(() => {
    if (state !== 'blocked') return;
    void session.autosave.flush().then(() => {
      if (session.store.getState().save.status === 'saved' && blocker.state === 'blocked') blocker.proceed();
    });
  }, [state, session, blocker]);

  const saving = useDraft((s) => s.save.status === 'saving' || s.save.status === 'pending');
  return (
    <Modal
      open={state === 'blocked' && !saving}
      title={t('editor.leave.title')}
      onCancel={() => blocker.reset?.()}
      footer={
        <Space wrap>
          <Button onClick={() => blocker.proceed?.()}>{t('editor.leave.leave')}</Button>
          <Button type="primary" onClick={() => blocker.reset?.()}>
            {t('editor.leave.stay')}
          </Button>
        </Space>
      }
    >
      <p>{t('editor.leave.body')}</p>
    </Modal>
  );
}
