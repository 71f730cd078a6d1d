/**
 * The review tab: what this version changes from the published one — on the diagram, coloured, and in words per
 * kind (steps, transitions, form fields, components, fees, processing time) — with the approvers' comments beside
 * each element and the author's replies.
 */
import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { trpc } from '../../runtime/web/api/client.ts';
import { showMoney } from '../../runtime/web/form/index.ts';
import { Loaded } from '../../runtime/web/shell/Loaded.tsx';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { TONES } from '../../runtime/web/shell/tones.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { VersionStatus } from '../editor/session.ts';
import { changeRows, type ChangeKind, type VersionDiff } from './changes.ts';
import { CommentThread } from './CommentThread.tsx';
import { useReviewComments, type ReviewComments } from './comments.ts';
import { FormChanges } from './FormChanges.tsx';
import { ReviewDiagram } from './ReviewDiagram.tsx';
import './review.css';

const KIND_TONES: Record<ChangeKind, string> = {
  added: TONES.success,
  removed: TONES.danger,
  changed: TONES.warning,
};

const GENERAL = { kind: 'general', key: '' } as const;

interface Reviewed {
  id: string;
  status: VersionStatus;
  authorId: string;
  definition: ProcedureDefinition;
}

export function ReviewTab() {
  const { t } = useTranslation('designerReview');
  const { id = '' } = useParams();
  const version = useQuery(trpc.designer.version.queryOptions({ id }));
  const code = version.data?.procedureCode ?? '';
  const versions = useQuery({ ...trpc.designer.versions.queryOptions({ code }), enabled: code !== '' });
  const live = versions.data?.items.find((v) => v.live && v.id !== id);
  const diff = useQuery({
    ...trpc.designer.diff.queryOptions({ id: live?.id ?? '', otherId: id }),
    enabled: !!live,
  });
  if (versions.isSuccess && !live) return <Empty description={t('diff.noLive')} />;
  return (
    <section className="mc-review" aria-labelledby="mc-review-title">
      <Typography.Title level={2} id="mc-review-title" className="mc-review-title">
        {live ? t('diff.title', { version: live.version }) : t('diff.loading')}
      </Typography.Title>
      <Loaded query={diff}>
        {(d) => version.data && <Review version={version.data as Reviewed} diff={d} />}
      </Loaded>
    </section>
  );
}

function Review({ version, diff }: { version: Reviewed; diff: VersionDiff }) {
  const { t } = useTranslation('designerReview');
  const language = useLanguage();
  const comments = useReviewComments(version);
  const [step, setStep] = useState<string>();
  // A step of this version, or one it removed (drawn from the published version).
  const stepNames = new Map(
    [
      ...version.definition.process.nodes,
      ...(diff.nodes.removed as typeof version.definition.process.nodes),
    ].map((n) => [n.id, n.label?.[language] ? `${n.label[language]} (${n.id})` : n.id]),
  );
  const chosen = step && stepNames.get(step);
  const thread = (kind: Parameters<ReviewComments['of']>[0]['kind'], key: string, about: string) => (
    <CommentThread versionId={version.id} target={{ kind, key }} about={about} comments={comments} />
  );
  return (
    <>
      {(comments.of(GENERAL).length > 0 || comments.mayWrite(GENERAL)) && (
        <section className="mc-review-general" aria-labelledby="mc-review-general-title">
          <Typography.Title level={3} id="mc-review-general-title">
            {t('comments.general')}
          </Typography.Title>
          {thread('general', '', t('comments.generalAbout'))}
        </section>
      )}
      <ReviewDiagram definition={version.definition} diff={diff} comments={comments} onStepClick={setStep} />
      <div className="mc-review-step">
        {/* The diagram's steps by keyboard: every step, changed or not, can be chosen here. */}
        <label className="mc-review-step-picker">
          <span>{t('comments.stepPicker')}</span>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            value={step}
            onChange={setStep}
            options={[...stepNames].map(([value, label]) => ({ value, label }))}
            aria-label={t('comments.stepPicker')}
          />
        </label>
        <div aria-live="polite">
          {chosen ? (
            <>
              <strong>{t('comments.step', { step: chosen })}</strong>
              {thread('node', step!, chosen)}
            </>
          ) : (
            t('comments.pickStep')
          )}
        </div>
      </div>
      <FormChanges definition={version.definition} diff={diff} />
      <DiffList diff={diff} comments={comments} versionId={version.id} />
    </>
  );
}

function DiffList({
  diff,
  comments,
  versionId,
}: {
  diff: VersionDiff;
  comments: ReviewComments;
  versionId: string;
}) {
  const { t } = useTranslation('designerReview');
  const language = useLanguage();
  const groups = changeRows(diff, language);
  const duration = (time: unknown) => {
    const { value, unit } = (time ?? {}) as { value?: unknown; unit?: string };
    if (typeof value !== 'number') return t('diff.byRule');
    return `${value} ${t(`diff.units.${unit as 'days'}`, { defaultValue: unit })}`;
  };
  if (groups.length === 0) return <Empty description={t('diff.identical')} />;
  return groups.map(({ part, rows }) => (
    <div key={part} className="mc-review-group">
      <Typography.Title level={3}>{t(`diff.parts.${part}`)}</Typography.Title>
      <ul className="mc-review-list">
        {rows.map((row) => {
          const words = row.time
            ? t('diff.time', { from: duration(row.time.from), to: duration(row.time.to) })
            : row.amount
              ? t('diff.amount', {
                  fee: row.label,
                  from: showMoney(row.amount.from),
                  to: showMoney(row.amount.to),
                })
              : row.label;
          return (
            <li key={`${row.kind}:${row.id}`} className={`mc-diff-${row.kind}`}>
              <Tag color={KIND_TONES[row.kind]}>{t(`diff.kinds.${row.kind}`)}</Tag>
              <span>{words}</span>
              <CommentThread versionId={versionId} target={row.target} about={words} comments={comments} />
            </li>
          );
        })}
      </ul>
    </div>
  ));
}
