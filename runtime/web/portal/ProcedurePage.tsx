/**
 * One procedure as a citizen reads it before applying, all from the live definition: who may apply, the papers
 * to bring (copies, whether required), the fees with the amounts they can take (an exemption is an amount of 0),
 * the processing time, the legal basis, how to submit and receive, and the way to apply online.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import type { ProcedureDefinition, Rule } from '../../../schemas/procedure.ts';
import { queryClient, trpc } from '../api/client.ts';
import { LinkButton } from '../shell/LinkButton.tsx';
import { useLanguage } from '../shell/language.ts';
import { Loaded } from '../shell/Loaded.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { unitsQuery, useUnitName } from '../shell/units.ts';
import { typeNames } from './component-words.ts';
import { money, possibleAmounts } from './fee-words.ts';

export const procedureQuery = (code: string) => trpc.procedures.live.queryOptions({ code });

export function prefetchProcedure({ params }: LoaderFunctionArgs): null {
  void queryClient.prefetchQuery(procedureQuery(params.code ?? ''));
  void queryClient.prefetchQuery(unitsQuery);
  return null;
}

export function ProcedurePage() {
  const { code = '' } = useParams();
  const procedure = useQuery(procedureQuery(code));
  return <Loaded query={procedure}>{(data) => <ProcedureDetails definition={data.definition} />}</Loaded>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mc-section">
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function requirement(rule: Rule): 'required' | 'optional' | 'depends' {
  if (rule === true) return 'required';
  if (rule === false || rule === null) return 'optional';
  return 'depends';
}

function ProcedureDetails({ definition: d }: { definition: ProcedureDefinition }) {
  const { t } = useTranslation('portalApply');
  const language = useLanguage();
  const unitName = useUnitName();
  const online = d.level !== 'info_only';
  const time = d.processingTime;
  const feeNotes = (d.unknowns ?? []).filter((u) => u.path.startsWith('/fees'));

  return (
    <>
      <PageHeading
        title={d.name[language]}
        intro={t('procedure.intro', { code: d.code, unit: unitName(d.unit) })}
      />
      {online && (
        <p>
          <LinkButton type="primary" size="large" to={`/thu-tuc/${encodeURIComponent(d.code)}/nop`}>
            {t('procedure.apply')}
          </LinkButton>
        </p>
      )}
      <Section title={t('procedure.subjects')}>
        <ul>
          {d.subjects.map((s) => (
            <li key={s.vi}>{s[language]}</li>
          ))}
        </ul>
        {d.conditions.length > 0 && (
          <>
            <Typography.Paragraph strong>{t('procedure.conditions')}</Typography.Paragraph>
            <ul>
              {d.conditions.map((c) => (
                <li key={c.vi}>{c[language]}</li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section title={t('procedure.components')}>
        <ul>
          {d.components.map((c) => (
            <li key={c.id} style={{ marginBottom: 8 }}>
              <strong>{c.name[language]}</strong>{' '}
              <Tag>{t(`procedure.requirement.${requirement(c.required)}`)}</Tag>
              <div>
                {t('procedure.copies', { original: c.copies.original, copy: c.copies.copy })}
                {' · '}
                {t('procedure.fileRules', {
                  types: typeNames(c.acceptedTypes),
                  size: c.maxSizeMB,
                })}
              </div>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('procedure.fees')}>
        {d.fees.length === 0 ? (
          <p>{t('procedure.noFees')}</p>
        ) : (
          <ul>
            {d.fees.map((fee) => {
              const amounts = possibleAmounts(fee.amount);
              return (
                <li key={fee.id}>
                  <strong>{fee.label[language]}</strong>
                  {': '}
                  {amounts === 'computed'
                    ? t('procedure.feeComputed')
                    : amounts.length === 1
                      ? amounts[0] === 0
                        ? t('procedure.free')
                        : money(amounts[0])[language]
                      : t('procedure.feeChoices', {
                          amounts: amounts
                            .map((a) => (a === 0 ? t('procedure.exempt') : money(a)[language]))
                            .join(t('procedure.or')),
                        })}
                </li>
              );
            })}
          </ul>
        )}
        {feeNotes.map((note) => (
          <Alert key={note.path} type="info" showIcon title={note.note[language]} />
        ))}
      </Section>
      <Section title={t('procedure.time')}>
        <p>
          {'value' in time
            ? time.value === 0
              ? t('procedure.sameDay')
              : t(`procedure.units.${time.unit}`, { count: time.value })
            : t('procedure.timeComputed', { unit: t(`procedure.units.${time.unit}`, { count: 2 }) })}
        </p>
      </Section>
      <Section title={t('procedure.how')}>
        <ul>
          <li>
            {online
              ? t('procedure.submitOnline', { unit: unitName(d.unit) })
              : t('procedure.submitCounter', { unit: unitName(d.unit) })}
          </li>
          {d.results.map((r) => (
            <li key={r.id}>
              {t(r.electronic ? 'procedure.receiveElectronic' : 'procedure.receiveCounter', {
                result: r.name[language],
              })}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('procedure.legalBasis')}>
        <ul>
          {d.legalBasis.map((law) => (
            <li key={law.number}>
              {t('procedure.law', {
                title: law.title,
                number: law.number,
                date: law.effectiveDate.split('-').reverse().join('/'),
              })}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
