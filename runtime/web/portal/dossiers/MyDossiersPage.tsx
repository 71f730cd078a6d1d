/** "Hồ sơ của tôi": the signed-in citizen's dossiers, newest first, with what each waits for from them. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../api/client.ts';
import { CardList } from '../../shell/CardList.tsx';
import { Loaded } from '../../shell/Loaded.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { MyDrafts } from './MyDrafts.tsx';
import { StatusTag } from './StatusTag.tsx';
import { slipTime } from './time.ts';

export function MyDossiersPage() {
  const { t } = useTranslation('portalDossiers');
  const mine = useQuery(trpc.dossiers.mine.queryOptions({ limit: 100 }));
  return (
    <>
      <PageHeading title={t('mine.title')} intro={t('mine.intro')} />
      <MyDrafts />
      <Loaded query={mine}>
        {(page) => (
          <CardList
            count={t('mine.count', { count: page.total })}
            empty={t('mine.empty')}
            cards={page.items.map((d) => ({
              key: d.code,
              title: d.code,
              facts: [
                [t('fields.procedureCode'), d.procedureCode],
                [t('fields.status'), <StatusTag status={d.status} />],
                [t('fields.dueAt'), slipTime(d.dueAt)],
                [t('fields.next'), t(`next.${d.status}`, { defaultValue: t('next.wait') })],
              ],
              actions: (
                <Link to={`/ho-so/${encodeURIComponent(d.code)}`}>{t('mine.open', { code: d.code })}</Link>
              ),
            }))}
          />
        )}
      </Loaded>
    </>
  );
}
