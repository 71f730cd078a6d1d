/**
 * The editor of one procedure version (/designer/versions/:id/:tab): the top bar, the tabs, and around them what
 * keeps work safe — autosave, the conflict dialog, the offer to restore unsaved changes, the warning on leaving.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin, Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { trpc } from '../../runtime/web/api/client.ts';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import { Loaded } from '../../runtime/web/shell/Loaded.tsx';
import { DraftContext } from '../draft/hooks.ts';
import { ConflictDialog } from './ConflictDialog.tsx';
import { LifecycleActions } from '../review/LifecycleActions.tsx';
import { LeaveGuard } from './LeaveGuard.tsx';
import { openedVersion } from './opening.ts';
import { RestorePrompt } from './RestorePrompt.tsx';
import { EDITABLE, useEditorSession, type OpenVersion } from './session.ts';
import { EDITOR_TABS } from './tabs.ts';
import { TopBar } from './TopBar.tsx';
import './editor.css';

export function EditorPage() {
  const { id = '' } = useParams();
  // Always the server's latest on opening (asked for as the route was entered): a cached copy would make the first
  // save a conflict.
  const version = useQuery({
    ...trpc.designer.version.queryOptions({ id }),
    queryFn: () => openedVersion(id),
    staleTime: 0,
    gcTime: 0,
  });
  return (
    <div className="mc-editor">
      <Loaded query={version}>
        {
          // Submitting, approving or publishing makes it read-only (or editable again): a new session then.
          (v) => <Editor key={String(EDITABLE.includes(v.status))} version={v} />
        }
      </Loaded>
    </div>
  );
}

type Version = OpenVersion & {
  procedureCode: string;
  version: number;
  name: { vi: string; en: string };
  authorId: string;
};

function Editor({ version }: { version: Version }) {
  const { t } = useTranslation('designer');
  const navigate = useNavigate();
  const { tab = EDITOR_TABS[0].key } = useParams();
  const session = useEditorSession(version);
  const newVersion = useMutation(
    trpc.designer.createDraft.mutationOptions({
      onSuccess: (created) => void navigate(`/versions/${created.id}`),
    }),
  );
  if (!session) return <Spin aria-label={t('editor.loading')} />;
  const readonly = !EDITABLE.includes(version.status);
  return (
    <DraftContext.Provider value={session.store}>
      <TopBar
        version={version}
        actions={
          <>
            <LifecycleActions version={version} beforeSubmit={() => session.autosave.flush()} />
            {readonly && (
              <Button
                type="primary"
                loading={newVersion.isPending}
                onClick={() => newVersion.mutate({ fromVersion: version.id })}
              >
                {t('editor.readonly.newVersion')}
              </Button>
            )}
          </>
        }
      />
      {readonly && (
        <Alert
          className="mc-editor-notice"
          type="info"
          showIcon
          title={`${t('editor.readonly.title', { status: t(`status.${version.status}`) })}. ${t('editor.readonly.body')}`}
        />
      )}
      {newVersion.isError && <ErrorAlert error={newVersion.error} />}
      <Tabs
        className="mc-editor-tabs"
        activeKey={tab}
        onChange={(key) => void navigate(`/versions/${version.id}/${key}`)}
        items={EDITOR_TABS.map(({ key, Component }) => ({
          key,
          label: t(`editor.tabs.${key}`),
          children: (
            <Suspense fallback={<Spin aria-label={t('editor.loading')} />}>
              <Component />
            </Suspense>
          ),
        }))}
      />
      <RestorePrompt session={session} />
      <ConflictDialog
        session={session}
        versionId={version.id}
        fileName={`${version.procedureCode}-v${version.version}`}
      />
      <LeaveGuard session={session} />
    </DraftContext.Provider>
  );
}
