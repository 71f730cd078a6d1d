/**
 * The portal's home: the live procedure catalogue from the server (name, code, sector, level, unit), searched by
 * words that ignore case and diacritics (the server's search). The search words live in the address (?q=), so
 * that a result can be shared and the back button works. The route's loader asks for the list before the page
 * renders, so the request and the first render overlap.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { queryClient, trpc } from '../api/client.ts';
import { CardList } from '../shell/CardList.tsx';
import { LinkButton } from '../shell/LinkButton.tsx';
import { useLanguage } from '../shell/language.ts';
import { Loaded } from '../shell/Loaded.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { SearchBox } from '../shell/SearchBox.tsx';
import { TONES } from '../shell/tones.ts';
import { unitsQuery, useUnitName } from '../shell/units.ts';

const LEVEL_COLOURS: Record<string, string | undefined> = {
  full_online: TONES.success,
  partial_online: TONES.info,
};

const catalogueQuery = (q: string) => trpc.procedures.search.queryOptions({ q: q || undefined, limit: 100 });

export function prefetchCatalogue({ request }: LoaderFunctionArgs): null {
  void queryClient.prefetchQuery(catalogueQuery(new URL(request.url).searchParams.get('q') ?? ''));
  void queryClient.prefetchQuery(unitsQuery);
  return null;
}

export function CataloguePage() {
  const { t } = useTranslation('portal');
  const { t: tApply } = useTranslation('portalApply');
  const language = useLanguage();
  const unitName = useUnitName();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const catalogue = useQuery({
    ...catalogueQuery(q),
    // The list stays while the next search runs.
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading title={t('catalogue.title')} intro={t('catalogue.intro')} />
      <SearchBox
        id="catalogue-q"
        label={t('catalogue.search')}
        value={q}
        placeholder={t('catalogue.searchPlaceholder')}
        button={t('catalogue.search')}
        allowClear
        onSearch={(typed) => setParams(typed ? { q: typed } : {})}
      />
      <Loaded query={catalogue}>
        {(data) => (
          <CardList
            count={t('catalogue.count', { count: data.total })}
            empty={q ? t('catalogue.noMatch', { q }) : t('catalogue.empty')}
            cards={data.items.map((procedure) => ({
              key: procedure.code,
              title: procedure.name[language],
              facts: [
                [t('catalogue.code'), procedure.code],
                [t('catalogue.sector'), t(`sectors.${procedure.sector}`, { defaultValue: procedure.sector })],
                [t('catalogue.unit'), unitName(procedure.unit)],
                [
                  t('catalogue.level'),
                  <Tag color={LEVEL_COLOURS[procedure.level]}>
                    {t(`levels.${procedure.level}`, { defaultValue: procedure.level })}
                  </Tag>,
                ],
              ],
              actions: (
                <LinkButton to={`/thu-tuc/${encodeURIComponent(procedure.code)}`}>
                  {tApply('procedure.open')}
                </LinkButton>
              ),
            }))}
          />
        )}
      </Loaded>
    </>
  );
}
