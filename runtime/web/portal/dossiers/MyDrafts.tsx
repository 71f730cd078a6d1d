/** The applications a citizen began and has not filed yet, each with the way back to where it was left. */
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trpc } from '../../api/client.ts';
import { useLanguage } from '../../shell/language.ts';
import { slipTime } from './time.ts';

export function MyDrafts() {
  const { t } = useTranslation('portalDossiers');
  const language = useLanguage();
  // Drafts are the citizens' own: for anyone else there is nothing to show, not an error.
  const drafts = useQuery({ ...trpc.drafts.list.queryOptions({ limit: 20 }), retry: false });
  const items = drafts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="mc-drafts-title" className="mc-drafts">
      <Typography.Title level={2} id="mc-drafts-title" style={{ fontSize: 20 }}>
        {t('drafts.title')}
      </Typography.Title>
      <ul>
        {items.map((d) => (
          <li key={d.procedureCode}>
            <strong>{d.procedureName[language]}</strong> — {t('drafts.saved', { at: slipTime(d.updatedAt) })}{' '}
            {d.live ? (
              <Link to={`/thu-tuc/${encodeURIComponent(d.procedureCode)}/nop`}>
                {t('drafts.resume', { name: d.procedureName[language] })}
              </Link>
            ) : (
              <Typography.Text type="secondary">{t('drafts.closed')}</Typography.Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
