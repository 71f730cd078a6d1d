/**
 * The designer's home: every procedure with its versions and their states, searched without diacritics, filtered
 * by sector, unit and level or to those waiting for approval (an approver is told how many), a page at a time; for
 * designers, the ways to a new draft (from scratch, a copy, a new version, an imported file), each opening the
 * editor on it.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../runtime/web/shell/Loaded.tsx';
import { PageHeading } from '../../runtime/web/shell/PageHeading.tsx';
import { hasRole, useSession } from '../../runtime/web/shell/session.ts';
import { useCanDesign } from './access.ts';
import { Filters } from './Filters.tsx';
import { ImportBundle } from './ImportBundle.tsx';
import { ProcedureCards } from './ProcedureCards.tsx';
import { ProcedureDialog, type CopySource } from './ProcedureDialog.tsx';
import { isFiltered, PAGE_SIZE, useProcedureSearch } from './search.ts';
import { copySource } from './versions.ts';
import './procedures.css';

export function ProceduresPage() {
  const { t } = useTranslation('designer');
  const canDesign = useCanDesign();
  const { search, change, list } = useProcedureSearch();
  // The dialog open: a new procedure from scratch (null: none open), or a copy of one.
  const [dialog, setDialog] = useState<{ copy?: CopySource } | null>(null);
  const filtered = isFiltered(search);
  const approver = hasRole(useSession().data, ['approver']);
  const waiting = list.data?.facets.submitted ?? 0;
  const sectorsInUse = list.data?.facets.sectors.map((f) => f.value) ?? [];

  return (
    <>
      <PageHeading title={t('procedures.title')} intro={t('procedures.intro')} />
      {canDesign ? (
        <div className="mc-procedures-actions" role="group" aria-label={t('procedures.actions')}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({})}>
            {t('actions.create')}
          </Button>
          <ImportBundle />
        </div>
      ) : (
        <Alert type="info" showIcon className="mc-gap" title={t('procedures.readOnly')} />
      )}
      {approver && waiting > 0 && search.status !== 'submitted' && (
        <Alert
          type="warning"
          showIcon
          className="mc-gap mc-waiting-notice"
          title={t('procedures.waitingNotice', { count: waiting })}
          action={
            <Button type="primary" onClick={() => change({ status: 'submitted' })}>
              {t('procedures.showWaiting')}
            </Button>
          }
        />
      )}
      <Filters search={search} facets={list.data?.facets} onChange={change} />
      <Loaded query={list}>
        {(data) => (
          <>
            <ProcedureCards
              list={data}
              empty={filtered ? t('procedures.noMatch') : t('procedures.empty')}
              canDesign={canDesign}
              onCopy={(procedure) => {
                const source = copySource(procedure)!;
                setDialog({ copy: { procedure, versionId: source.id, version: source.version } });
              }}
            />
            {data.total > PAGE_SIZE && (
              <nav aria-label={t('procedures.pages')} className="mc-pages">
                <Pagination
                  current={search.page}
                  pageSize={PAGE_SIZE}
                  total={data.total}
                  showSizeChanger={false}
                  onChange={(page) => change({ ...search, page })}
                />
              </nav>
            )}
          </>
        )}
      </Loaded>
      {dialog && (
        <ProcedureDialog copy={dialog.copy} sectorsInUse={sectorsInUse} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
