/**
 * The lifecycle buttons of the editor's top bar: the author submits a draft for review, an approver approves or
 * rejects (with a reason) a version in review, and an approved version is published. The server decides who may;
 * its refusal (e.g. an approver reviewing their own draft) is shown as it says it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../runtime/web/api/client.ts';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import { hasRole, useSession } from '../../runtime/web/shell/session.ts';
import type { VersionStatus } from '../editor/session.ts';

/** The server's bound on a reason (RejectInput). */
const REASON_MAX = 4000;
/** Those the server lets publish (services/procedures.ts). */
const PUBLISHERS = ['designer', 'approver', 'system_admin'];

export function LifecycleActions({
  version,
  beforeSubmit,
}: {
  version: { id: string; status: VersionStatus; authorId: string };
  /** Saves pending edits first, so what is submitted is what the author sees. */
  beforeSubmit: () => Promise<unknown>;
}) {
  const { t } = useTranslation('designerReview');
  const user = useSession().data;
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  // Every state change reloads the version (and its new buttons); the editor reopens read-only or editable.
  const onSuccess = () => {
    setRejecting(false);
    setReason('');
    return queryClient.invalidateQueries({ queryKey: trpc.designer.pathKey() });
  };
  const submit = useMutation(trpc.designer.submit.mutationOptions({ onSuccess }));
  const approve = useMutation(trpc.designer.approve.mutationOptions({ onSuccess }));
  const reject = useMutation(trpc.designer.reject.mutationOptions({ onSuccess }));
  const publish = useMutation(trpc.designer.publish.mutationOptions({ onSuccess }));
  const failed = [submit, approve, reject, publish].find((m) => m.isError);
  const approver = hasRole(user, ['approver']);
  const id = version.id;
  // The hook's dialog, not the static Modal.confirm: it takes the app's theme (contrast) and Vietnamese locale.
  const [modal, modalHolder] = Modal.useModal();
  const confirmPublish = () =>
    modal.confirm({
      title: t('publish.confirmTitle'),
      content: t('publish.confirmBody'),
      okText: t('publish.action'),
      cancelText: t('cancel'),
      onOk: () => publish.mutateAsync({ id }),
    });
  return (
    <>
      {modalHolder}
      {version.status === 'draft' && user?.id === version.authorId && (
        <Button
          type="primary"
          loading={submit.isPending}
          onClick={() => void beforeSubmit().then(() => submit.mutate({ id }))}
        >
          {t('submit')}
        </Button>
      )}
      {version.status === 'submitted' && approver && (
        <Space wrap>
          <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate({ id })}>
            {t('approve')}
          </Button>
          <Button danger onClick={() => setRejecting(true)}>
            {t('reject.action')}
          </Button>
        </Space>
      )}
      {version.status === 'approved' && hasRole(user, PUBLISHERS) && (
        <Button type="primary" loading={publish.isPending} onClick={confirmPublish}>
          {t('publish.action')}
        </Button>
      )}
      <Modal
        open={rejecting}
        title={t('reject.title')}
        okText={t('reject.action')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        cancelText={t('cancel')}
        confirmLoading={reject.isPending}
        onOk={() => reject.mutate({ id, comment: reason.trim() })}
        onCancel={() => setRejecting(false)}
      >
        <label htmlFor="mc-review-reason">{t('reject.reason')}</label>
        <Input.TextArea
          id="mc-review-reason"
          rows={4}
          maxLength={REASON_MAX}
          showCount
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
      {failed && (
        <div className="mc-review-error" role="alert">
          <ErrorAlert error={failed.error} />
        </div>
      )}
    </>
  );
}
