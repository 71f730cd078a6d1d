/**
 * /thu-tuc/:code/nop — a signed-in citizen applies online for a procedure's live version: its form judged by the
 * validators the server compiled for that version, then its papers, then the submission, which leads to the
 * receipt. The draft is taken up where it was left, on this device or another. A procedure offered as information
 * only says where to go instead.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLanguage } from '../../shell/language.ts';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { Loaded } from '../../shell/Loaded.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { useUnitName } from '../../shell/units.ts';
import { procedureQuery } from '../ProcedurePage.tsx';
import type { ProcedureDefinition } from '../../../../schemas/procedure.ts';
import { trpcClient } from '../../api/client.ts';
import type { FormValidator } from '../../form/index.ts';
import { ApplyFlow, type Application } from './ApplyFlow.tsx';
import { useDraft } from './draft.ts';
import { DraftStatus } from './DraftStatus.tsx';
import { publishedValidator } from './published-validator.ts';
import { forgetSubmissionKey, submissionKey } from './submission-key.ts';
import './apply.css';

export function ApplyPage() {
  const { t } = useTranslation('portalApply');
  const language = useLanguage();
  const unitName = useUnitName();
  const { code = '' } = useParams();
  const procedure = useQuery(procedureQuery(code));
  const live = procedure.data;
  const validator = useQuery({
    queryKey: ['portal', 'validator', code, live?.versionId],
    queryFn: () => publishedValidator(code, live!.versionId, live!.definition.form),
    enabled: live !== undefined && live.definition.level !== 'info_only',
    staleTime: Infinity,
  });
  return (
    <Loaded query={procedure}>
      {({ definition }) => (
        <>
          <PageHeading
            title={t('apply.title', { name: definition.name[language] })}
            intro={t('procedure.intro', { code: definition.code, unit: unitName(definition.unit) })}
          />
          {definition.level === 'info_only' ? (
            <Alert
              type="info"
              showIcon
              title={t('apply.infoOnly', { unit: unitName(definition.unit) })}
              action={
                <LinkButton to={`/thu-tuc/${encodeURIComponent(definition.code)}`}>
                  {t('apply.procedure')}
                </LinkButton>
              }
            />
          ) : (
            <Loaded query={validator}>
              {(validate) => <DraftedApplication definition={definition} validate={validate} />}
            </Loaded>
          )}
        </>
      )}
    </Loaded>
  );
}

function DraftedApplication({
  definition,
  validate,
}: {
  definition: ProcedureDefinition;
  validate: FormValidator;
}) {
  const navigate = useNavigate();
  const code = definition.code;
  const draft = useDraft(code);
  const submitted = useCallback(
    (dossier: string) => {
      draft.hold(true);
      forgetSubmissionKey(code);
      void navigate(`/ho-so/${encodeURIComponent(dossier)}`, { replace: true });
    },
    [draft, code, navigate],
  );
  const startAgain = async () => {
    draft.hold(true);
    await trpcClient.drafts.discard.mutate({ code });
    window.location.reload();
  };
  return (
    <Loaded query={draft.loaded}>
      {(saved) => (
        <>
          <DraftStatus
            state={draft.state}
            resumedFrom={saved?.updatedAt}
            onStartAgain={() => void startAgain()}
            onKeepThisCopy={draft.keepThisCopy}
          />
          <Resumed saved={saved} code={code}>
            {(initial) => (
              <ApplyFlow
                definition={definition}
                validate={validate}
                initial={initial}
                onChange={draft.keep}
                onFiling={(filing) => draft.hold(filing)}
                onSubmitted={submitted}
              />
            )}
          </Resumed>
        </>
      )}
    </Loaded>
  );
}

/** The application as the draft left it (the form's answers and the files), or a new one. */
function Resumed({
  saved,
  code,
  children,
}: {
  saved: { data: Record<string, unknown>; attachments: Application['files'] } | null;
  code: string;
  children: (initial: Application) => ReactNode;
}) {
  const initial = useMemo<Application>(
    () => ({
      answers: saved?.data,
      files: saved?.attachments ?? [],
      stage: 'form',
      idempotencyKey: submissionKey(code),
    }),
    [saved, code],
  );
  return children(initial);
}
