/**
 * /ho-so/:code/bo-sung — answering a request for more documents (form 02): the officer's reasons shown as they
 * were written, a file for any paper the dossier needs, then "Gửi bổ sung". The dossier keeps its code; the clock
 * resumes as the procedure's policy says (the server's part).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { queryClient, trpc } from '../../api/client.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { Loaded } from '../../shell/Loaded.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { ComponentFiles } from '../apply/ComponentFiles.tsx';
import type { UploadedFile } from '../apply/upload.ts';
import '../apply/apply.css';
import { procedureQuery } from '../ProcedurePage.tsx';
import { slipTime } from './time.ts';

export function SupplementPage() {
  const { t } = useTranslation('portalDossiers');
  const code = useParams().code!;
  const dossier = useQuery(trpc.dossiers.get.queryOptions({ code }));
  const procedure = useQuery({
    ...procedureQuery(dossier.data?.procedureCode ?? ''),
    enabled: dossier.data !== undefined,
  });
  const back = `/ho-so/${encodeURIComponent(code)}`;
  return (
    <>
      <PageHeading title={t('supplement.title', { code })} intro={t('supplement.intro')} />
      <Loaded query={dossier}>
        {(d) =>
          d.supplement === null ? (
            <Alert
              type="info"
              showIcon
              title={t('supplement.notAsked')}
              action={<LinkButton to={back}>{t('supplement.back')}</LinkButton>}
            />
          ) : (
            <Loaded query={procedure}>
              {({ definition }) => (
                <SupplementForm
                  code={code}
                  revision={d.revision}
                  request={d.supplement!}
                  components={definition.components}
                />
              )}
            </Loaded>
          )
        }
      </Loaded>
    </>
  );
}

function SupplementForm({
  code,
  revision,
  request,
  components,
}: {
  code: string;
  revision: number;
  request: { since: string; reasons: string[] };
  components: Parameters<typeof ComponentFiles>[0]['component'][];
}) {
  const { t } = useTranslation('portalDossiers');
  const navigate = useNavigate();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const send = useMutation(
    trpc.dossiers.act.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.dossiers.get.queryKey({ code }) });
        void navigate(`/ho-so/${encodeURIComponent(code)}?supplemented=1`, { replace: true });
      },
    }),
  );
  return (
    <div className="mc-apply-list">
      <Alert
        type="warning"
        showIcon
        title={t('supplement.asked', { since: slipTime(request.since) })}
        description={
          <ul>
            {request.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        }
      />
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('supplement.files')}
      </Typography.Title>
      {components.map((c) => (
        <ComponentFiles
          key={c.id}
          component={c}
          required={false}
          missing={false}
          files={files.filter((f) => f.componentId === c.id)}
          target={{ dossierCode: code }}
          onAdd={(file) => setFiles((all) => [...all, file])}
        />
      ))}
      {send.error && <ErrorAlert error={send.error} title={t('supplement.refused')} />}
      <div className="mc-form-actions">
        <LinkButton to={`/ho-so/${encodeURIComponent(code)}`}>{t('supplement.back')}</LinkButton>
        <Button
          type="primary"
          loading={send.isPending}
          disabled={files.length === 0}
          onClick={() => send.mutate({ code, revision, action: 'supplement' })}
        >
          {t('supplement.send', { count: files.length })}
        </Button>
      </div>
      {files.length === 0 && <Typography.Text type="secondary">{t('supplement.pick')}</Typography.Text>}
    </div>
  );
}
