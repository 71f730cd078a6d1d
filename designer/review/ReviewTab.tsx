/**
 * The review tab: what this version changes from the published one — steps, transitions, form fields,
 * components, fees and processing time added, removed or changed — grouped by kind, in plain words.
 */
import { useQuery } from '@tanstack/react-query';
import { Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { trpc } from '../../runtime/web/api/client.ts';
import { Loaded } from '../../runtime/web/shell/Loaded.tsx';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { TONES } from '../../runtime/web/shell/tones.ts';
import { changeRows, type ChangeKind } from './changes.ts';

const KIND_TONES: Record<ChangeKind, string> = {
  added: TONES.success,
  removed: TONES.danger,
  changed: TONES.warning,
};

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
      <Loaded query={diff}>{(d) => <DiffList diff={d} />}</Loaded>
    </section>
  );
}

function DiffList({ diff }: { diff: Parameters<typeof changeRows>[0] }) {
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
        {rows.map((row) => (
          <li key={`${row.kind}:${row.id}`}>
            <Tag color={KIND_TONES[row.kind]}>{t(`diff.kinds.${row.kind}`)}</Tag>
            <span>
              {row.time
                ? t('diff.time', { from: duration(row.time.from), to: duration(row.time.to) })
                : row.label}
            </span>
          </li>
        ))}
      </ul>
    </div>
  ));
}
