/**
 * The draft was saved elsewhere (another tab, another designer) since this page read it: autosave has stopped,
 * and the person chooses — take the latest (their own changes are downloaded first, so nothing is lost) or
 * overwrite it with theirs.
 */
import { useMutation } from '@tanstack/react-query';
import { Button, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { trpcClient } from '../../runtime/web/api/client.ts';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import { useDraft } from '../draft/hooks.ts';
import { downloadJson } from './download.ts';
import type { EditorSession } from './session.ts';

export function ConflictDialog({
  session,
  versionId,
  fileName,
}: {
  session: EditorSession;
  versionId: string;
  fileName: string;
}) {
  const { t } = useTranslation('designer');
  const open = useDraft((s) => s.save.status === 'conflict');
  const keepMine = () => downloadJson(session.store.getState().definition, `${fileName}-ban-cua-toi`);
  const reload = useMutation({
    mutationFn: async () => {
      keepMine();
      const latest = await trpcClient.designer.version.query({ id: versionId });
      session.store.getState().reset(latest.definition, latest.contentHash);
      session.backup.clear();
    },
  });
  const overwrite = useMutation({ mutationFn: () => session.autosave.overwrite() });
  return (
    <Modal
      open={open}
      title={t('editor.conflict.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Space wrap>
          <Button onClick={keepMine}>{t('editor.conflict.download')}</Button>
          <Button loading={overwrite.isPending} onClick={() => overwrite.mutate()}>
            {t('editor.conflict.overwrite')}
          </Button>
          <Button type="primary" loading={reload.isPending} onClick={() => reload.mutate()}>
            {t('editor.conflict.reload')}
          </Button>
        </Space>
      }
    >
      <p>{t('editor.conflict.body')}</p>
      {reload.isError && <ErrorAlert error={reload.error} />}
    </Modal>
  );
}
