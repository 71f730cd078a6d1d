/**
 * The search box, the sector, unit and level filters of the designer's list and the quick filter of the procedures
 * waiting for approval; each choice says how many procedures it would show.
 */
import { Button, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnitName } from '../../runtime/web/shell/units.ts';
import { plainSearch } from '../../runtime/web/form/widgets/choice.tsx';
import type { DesignFacets } from './types.ts';
import { isFiltered, type Filter, type ProcedureSearch } from './search.ts';

export function Filters({
  search,
  facets,
  onChange,
}: {
  search: ProcedureSearch;
  facets: DesignFacets | undefined;
  onChange: (next: Partial<ProcedureSearch>) => void;
}) {
  const { t } = useTranslation('designer');
  const unitName = useUnitName();
  const labels: Record<Filter, (value: string) => string> = {
    sector: (v) => t(`sectors.${v}`, { ns: 'portal', defaultValue: v }),
    unit: unitName,
    level: (v) => t(`levels.${v}`, { ns: 'portal', defaultValue: v }),
  };
  const filter = (name: Filter, choices: DesignFacets['sectors'] | undefined, all: string) => {
    const value = search[name];
    const options = (choices ?? []).map((c) => ({
      value: c.value,
      label: t('procedures.option', { label: labels[name](c.value), count: c.count }),
    }));
    // A filter from the address that matches nothing any more still shows what it is.
    if (value && !options.some((o) => o.value === value)) {
      options.push({ value, label: t('procedures.option', { label: labels[name](value), count: 0 }) });
    }
    return (
      <div className="mc-filter">
        <label htmlFor={`procedures-${name}`} className="mc-label">
          {t(`procedures.${name}`)}
        </label>
        <Select
          id={`procedures-${name}`}
          value={value ?? ''}
          options={[{ value: '', label: all }, ...options]}
          onChange={(next: string) => onChange({ [name]: next || undefined })}
          showSearch={plainSearch}
          popupMatchSelectWidth={false}
        />
      </div>
    );
  };
  const waiting = search.status === 'submitted';
  return (
    <section role="search" aria-label={t('procedures.filters')} className="mc-filters">
      <div className="mc-filter mc-filter-words">
        <label htmlFor="procedures-q" className="mc-label">
          {t('procedures.search')}
        </label>
        <Input.Search
          id="procedures-q"
          key={search.q}
          defaultValue={search.q}
          placeholder={t('procedures.searchPlaceholder')}
          enterButton={t('procedures.search')}
          allowClear
          onSearch={(value) => onChange({ q: value.trim() })}
        />
      </div>
      {filter('sector', facets?.sectors, t('procedures.allSectors'))}
      {filter('unit', facets?.units, t('procedures.allUnits'))}
      {filter('level', facets?.levels, t('procedures.allLevels'))}
      <Button
        className="mc-filter-quick"
        type={waiting ? 'primary' : 'default'}
        aria-pressed={waiting}
        onClick={() => onChange({ status: waiting ? undefined : 'submitted' })}
      >
        {t('procedures.waiting', { count: facets?.submitted ?? 0 })}
      </Button>
      {isFiltered(search) && (
        <Button
          className="mc-filter-clear"
          onClick={() =>
            onChange({ q: '', sector: undefined, unit: undefined, level: undefined, status: undefined })
          }
        >
          {t('procedures.clearFilters')}
        </Button>
      )}
    </section>
  );
}
