/**
 * The procedures as cards: code, sector, unit, level, and each version with its state (the live one marked)
 * opening the editor, with its file to download; for those who may, a new version and a copy as a new procedure.
 */
import { CopyOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { queryClient, trpc } from '../../runtime/web/api/client.ts';
import { CardList } from '../../runtime/web/shell/CardList.tsx';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { TONES } from '../../runtime/web/shell/tones.ts';
import { useUnitName } from '../../runtime/web/shell/units.ts';
import type { VersionStatus } from '../editor/session.ts';
import { copySource, liveVersion } from './versions.ts';
import type { DesignEntry, DesignList } from './types.ts';

const STATUS_COLOURS: Record<string, string | undefined> = {
  submitted: TONES.warning,
  approved: TONES.teal,
  rejected: TONES.danger,
  published: TONES.success,
};

export function ProcedureCards({
  list,
  empty,
  canDesign,
  onCopy,
}: {
  list: DesignList;
  empty: string;
  canDesign: boolean;
  onCopy: (procedure: DesignEntry) => void;
}) {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  const unitName = useUnitName();
  const navigate = useNavigate();
  const newVersion = useMutation(
    trpc.designer.createDraft.mutationOptions({
      onSuccess: (created) => {
        void queryClient.invalidateQueries({ queryKey: trpc.designer.procedures.pathKey() });
        void navigate(`/versions/${created.id}`);
      },
    }),
  );
  const failedFor = newVersion.isError ? newVersion.variables?.fromVersion : undefined;

  // A draft imported or copied half-done may not say yet.
  const given = (value: string, words: (v: string) => string) =>
    value ? words(value) : t('procedures.unset');
  const versions = (procedure: DesignEntry) => (
    <ul className="mc-versions">
      {procedure.versions.map((v) => (
        <li key={v.id}>
          {/* Each version opens in the editor (read-only once it has left the draft state). */}
          <Link to={`/versions/${v.id}`} className="mc-version-link">
            <Tag color={STATUS_COLOURS[v.status]}>
              {t('procedures.version', { version: v.version })} · {t(`status.${v.status as VersionStatus}`)}
              {v.live && ` · ${t('procedures.live')}`}
            </Tag>
          </Link>
          <Tooltip title={t('procedures.exportTip')}>
            {/* The server names the file (<code>-v<version>.motcua.json) and sends it as a download. */}
            <a
              href={`/api/v1/procedure-versions/${encodeURIComponent(v.id)}/export`}
              download
              className="mc-version-export"
              aria-label={t('procedures.export', { version: v.version, code: procedure.code })}
            >
              <DownloadOutlined aria-hidden />
            </a>
          </Tooltip>
        </li>
      ))}
    </ul>
  );

  const actions = (procedure: DesignEntry) => {
    const live = liveVersion(procedure);
    const source = copySource(procedure);
    return (
      <>
        {live && (
          <Tooltip title={t('actions.newVersionTip', { version: live.version })}>
            <Button
              icon={<PlusOutlined aria-hidden />}
              loading={newVersion.isPending && newVersion.variables?.fromVersion === live.id}
              onClick={() => newVersion.mutate({ fromVersion: live.id })}
              aria-label={t('actions.newVersionOf', { name: procedure.name[language] })}
            >
              {t('actions.newVersion')}
            </Button>
          </Tooltip>
        )}
        {source && (
          <Button
            icon={<CopyOutlined aria-hidden />}
            onClick={() => onCopy(procedure)}
            aria-label={t('actions.copyOf', { name: procedure.name[language] })}
          >
            {t('actions.copy')}
          </Button>
        )}
        {failedFor !== undefined && failedFor === live?.id && (
          <div className="mc-card-error">
            <ErrorAlert error={newVersion.error} />
          </div>
        )}
      </>
    );
  };

  return (
    <CardList
      count={t('procedures.count', { count: list.total })}
      empty={empty}
      cards={list.items.map((procedure) => ({
        key: procedure.code,
        title: procedure.name[language],
        facts: [
          [t('procedures.code'), procedure.code],
          [
            t('procedures.sector'),
            given(procedure.sector, (v) => t(`sectors.${v}`, { ns: 'portal', defaultValue: v })),
          ],
          [t('procedures.unit'), given(procedure.unit, unitName)],
          [
            t('procedures.level'),
            given(procedure.level, (v) => t(`levels.${v}`, { ns: 'portal', defaultValue: v })),
          ],
          [t('procedures.versions'), versions(procedure)],
        ],
        actions: canDesign ? actions(procedure) : undefined,
      }))}
    />
  );
}
