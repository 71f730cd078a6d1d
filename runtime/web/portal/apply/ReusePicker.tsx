/**
 * The personal data store at hand: a file handed in with one of the citizen's earlier dossiers, used for this
 * application instead of being uploaded again. Only files this component takes (type, size) are offered.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Empty, List, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Component } from '../../../../schemas/procedure.ts';
import { trpc } from '../../api/client.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useLanguage } from '../../shell/language.ts';
import { Loaded } from '../../shell/Loaded.tsx';
import { slipTime } from '../dossiers/time.ts';
import { fileSize, MIB } from './file-size.ts';
import type { UploadedFile } from './upload.ts';

export function ReusePicker({
  component,
  procedureCode,
  onAdd,
}: {
  component: Component;
  procedureCode: string;
  onAdd(file: UploadedFile): void;
}) {
  const { t } = useTranslation('portalApply');
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const documents = useQuery({ ...trpc.documents.mine.queryOptions({ limit: 100 }), enabled: open });
  const reuse = useMutation(
    trpc.documents.reuse.mutationOptions({
      onSuccess: (file) => {
        onAdd(file);
        setOpen(false);
      },
    }),
  );
  const name = component.name[language];
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-label={t('apply.reuse.open', { name })}>
        {t('apply.reuse.openShort')}
      </Button>
      <Modal
        open={open}
        title={t('apply.reuse.title', { name })}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t('apply.reuse.close')}</Button>}
      >
        {reuse.error && <ErrorAlert error={reuse.error} />}
        <Loaded query={documents}>
          {(page) => {
            const fitting = page.items.filter(
              (d) =>
                (component.acceptedTypes.length === 0 || component.acceptedTypes.includes(d.mediaType)) &&
                d.size <= component.maxSizeMB * MIB,
            );
            return fitting.length === 0 ? (
              <Empty description={t('apply.reuse.none')} />
            ) : (
              <List
                dataSource={fitting}
                renderItem={(d) => (
                  <List.Item
                    actions={[
                      <Button
                        key="use"
                        type="primary"
                        loading={reuse.isPending && reuse.variables?.id === d.id}
                        aria-label={t('apply.reuse.use', { file: d.fileName })}
                        onClick={() => reuse.mutate({ id: d.id, componentId: component.id, procedureCode })}
                      >
                        {t('apply.reuse.useShort')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={`${d.fileName} (${fileSize(d.size)})`}
                      description={t('apply.reuse.from', {
                        component: d.componentName?.[language] ?? d.componentId,
                        code: d.dossierCode,
                        procedure: d.procedureName[language],
                        at: slipTime(d.uploadedAt),
                      })}
                    />
                  </List.Item>
                )}
              />
            );
          }}
        </Loaded>
      </Modal>
    </>
  );
}
