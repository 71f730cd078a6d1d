/**
 * The properties of the selection. A step: its names (vi/en), its configuration as a form generated from its
 * type's config schema by the product's form renderer (ids picked from lists), the steps it leads to (add and
 * remove connections without a mouse), and removing it. An edge: its names and, from a decision, its condition.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_TYPES } from '../../runtime/engine/index.ts';
import { SchemaForm } from '../../runtime/web/form/index.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { unitsQuery } from '../../runtime/web/shell/units.ts';
import type { Localized, ProcessEdge, ProcessNode } from '../../schemas/procedure.ts';
import { useDraft, useDraftActions } from '../draft/hooks.ts';
import { shortcutText } from '../editor/keys.ts';
import { configSources, configUi } from './config-ui.ts';
import { DurationWidget } from './DurationWidget.tsx';
import { canConnect, connect, remove, updateEdge, updateNode, withKey } from './graph.ts';

const WIDGETS = { duration: DurationWidget };
/** The rule builder comes with the first condition shown: the diagram opens without its code. */
const loadEdgeCondition = () => import('./EdgeCondition.tsx');
const EdgeCondition = lazy(async () => ({ default: (await loadEdgeCondition()).EdgeCondition }));

export function PropertiesPanel({ stepTitle }: { stepTitle: (id: string) => string }) {
  const { t } = useTranslation('designer');
  const selection = useDraft((s) => s.selection);
  const node = useDraft((s) =>
    selection.nodes.length === 1 && selection.edges.length === 0
      ? s.definition.process.nodes.find((n) => n.id === selection.nodes[0])
      : undefined,
  );
  const edge = useDraft((s) =>
    selection.edges.length === 1 && selection.nodes.length === 0
      ? s.definition.process.edges.find((e) => e.id === selection.edges[0])
      : undefined,
  );
  const count = selection.nodes.length + selection.edges.length;
  return (
    <section className="mc-properties" aria-labelledby="mc-properties-title">
      <Typography.Title level={2} id="mc-properties-title" className="mc-panel-title">
        {t('process.properties.title')}
      </Typography.Title>
      {node ? (
        <NodeProperties key={node.id} node={node} stepTitle={stepTitle} />
      ) : edge ? (
        <EdgeProperties key={edge.id} edge={edge} stepTitle={stepTitle} />
      ) : count > 1 ? (
        <ManySelected nodes={selection.nodes.length} edges={selection.edges.length} />
      ) : (
        <p className="mc-panel-hint">{t('process.properties.none')}</p>
      )}
    </section>
  );
}

/** Names in both languages, each change of a name one undo step per burst of typing. */
function Names({
  label,
  onChange,
  kind,
}: {
  label?: Localized;
  onChange(label: Localized | undefined, language: string): void;
  kind: 'step' | 'edge';
}) {
  const { t } = useTranslation('designer');
  const readonly = useDraft((s) => s.save.status === 'readonly');
  return (
    <>
      {(['vi', 'en'] as const).map((language) => (
        <label key={language} className="mc-field">
          <span className="mc-label">{t(`process.properties.${kind}Name.${language}`)}</span>
          <Input
            // Ends as a problem's property does (/label/en): opening the problem focuses this name.
            id={`mc-${kind}/label/${language}-field`}
            disabled={readonly}
            value={label?.[language] ?? ''}
            onChange={(event) => {
              const next = { vi: label?.vi ?? '', en: label?.en ?? '', [language]: event.target.value };
              onChange(next.vi === '' && next.en === '' ? undefined : next, language);
            }}
          />
        </label>
      ))}
    </>
  );
}

function RemoveButton({ onClick, label }: { onClick(): void; label: string }) {
  const { t } = useTranslation('designer');
  const readonly = useDraft((s) => s.save.status === 'readonly');
  return (
    <Button
      danger
      icon={<DeleteOutlined />}
      onClick={onClick}
      disabled={readonly}
      title={shortcutText('remove')}
    >
      {label || t('process.properties.remove')}
    </Button>
  );
}

function NodeProperties({ node, stepTitle }: { node: ProcessNode; stepTitle: (id: string) => string }) {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  const { change } = useDraftActions();
  const readonly = useDraft((s) => s.save.status === 'readonly');
  const definition = useDraft((s) => s.definition);
  const focus = useDraft((s) => s.focus);
  const units = useQuery(unitsQuery);
  const type = NODE_TYPES.get(node.type);
  const panel = useRef<HTMLDivElement>(null);

  const sources = useMemo(
    () => configSources(definition, node.id, units.data?.items ?? [], stepTitle),
    [definition, node.id, units.data, stepTitle],
  );
  const config = useMemo(() => node.config ?? {}, [node.config]);

  // A problem was opened: bring its property into view and focus it.
  useEffect(() => {
    if (!focus || !panel.current) return;
    const property = focus.path.replace(/^\/config/, '');
    // A name, or a property the form shows (its block's id ends with its path); else the step's first field.
    const block =
      (property && panel.current.querySelector<HTMLElement>(`[id$="${property}-field"]`)) || panel.current;
    const target = block.matches('input, button, textarea, [tabindex]')
      ? block
      : block.querySelector<HTMLElement>('input, button, textarea, [tabindex]:not([tabindex="-1"])');
    target?.focus();
    block.scrollIntoView?.({ block: 'nearest' });
  }, [focus]);

  const outgoing = definition.process.edges.filter((e) => e.source === node.id);
  const targets = definition.process.nodes.filter((n) => canConnect(definition, node.id, n.id));
  return (
    <div ref={panel} className="mc-properties-body">
      <p className="mc-properties-type">
        {t('process.properties.type')}: <strong>{type?.label[language] ?? node.type}</strong>
        {type && <span className="mc-panel-hint"> — {type.description[language]}</span>}
      </p>
      <Names
        kind="step"
        label={node.label}
        onChange={(label, lang) =>
          change((d) => updateNode(d, node.id, (n) => withKey(n, 'label', label)), {
            coalesce: `label:${node.id}:${lang}`,
          })
        }
      />
      {type && Object.keys(type.configSchema.properties ?? {}).length > 0 && (
        <SchemaForm
          key={node.id}
          schema={type.configSchema}
          ui={configUi(type.configSchema.required as string[] | undefined)}
          value={config}
          mode="config"
          steps="none"
          disabled={readonly}
          widgets={WIDGETS}
          dataSources={sources}
          aria-label={t('process.properties.config')}
          onChange={(value) =>
            change(
              (d) =>
                updateNode(d, node.id, (n) =>
                  withKey(
                    n,
                    'config',
                    value && Object.keys(value).length > 0 ? (value as Record<string, unknown>) : undefined,
                  ),
                ),
              { coalesce: `config:${node.id}` },
            )
          }
        />
      )}
      {type && type.edges.out[1] > 0 && (
        <div className="mc-field">
          <span className="mc-label" id={`mc-next-${node.id}`}>
            {t('process.properties.next')}
          </span>
          <ul className="mc-next-list" aria-labelledby={`mc-next-${node.id}`}>
            {outgoing.map((e) => (
              <li key={e.id}>
                {stepTitle(e.target)}
                <Button
                  size="small"
                  type="link"
                  disabled={readonly}
                  onClick={() => change((d) => remove(d, { nodes: [], edges: [e.id] }))}
                >
                  {t('process.properties.disconnect', { step: stepTitle(e.target) })}
                </Button>
              </li>
            ))}
          </ul>
          {targets.length > 0 && !readonly && (
            <Select
              className="mc-select"
              aria-label={t('process.properties.connect')}
              placeholder={t('process.properties.connect')}
              value={null}
              showSearch={{ optionFilterProp: 'label' }}
              options={targets.map((n) => ({ value: n.id, label: stepTitle(n.id) }))}
              onChange={(target: string) => change((d) => connect(d, node.id, target).definition)}
            />
          )}
        </div>
      )}
      <RemoveButton
        label={t('process.properties.removeStep')}
        onClick={() =>
          change((d) => remove(d, { nodes: [node.id], edges: [] }), { select: { nodes: [], edges: [] } })
        }
      />
    </div>
  );
}

function EdgeProperties({ edge, stepTitle }: { edge: ProcessEdge; stepTitle: (id: string) => string }) {
  const { t } = useTranslation('designer');
  const { change } = useDraftActions();
  const fromDecision = useDraft(
    (s) => s.definition.process.nodes.find((n) => n.id === edge.source)?.type === 'decision',
  );
  return (
    <div className="mc-properties-body">
      <p className="mc-properties-type">
        {t('process.properties.edge', { from: stepTitle(edge.source), to: stepTitle(edge.target) })}
      </p>
      <Names
        kind="edge"
        label={edge.label}
        onChange={(label, lang) =>
          change((d) => updateEdge(d, edge.id, (e) => withKey(e, 'label', label)), {
            coalesce: `edge-label:${edge.id}:${lang}`,
          })
        }
      />
      {(fromDecision || edge.condition !== undefined) && (
        <Suspense fallback={<Spin />}>
          <EdgeCondition edge={edge} />
        </Suspense>
      )}
      <RemoveButton
        label={t('process.properties.removeEdge')}
        onClick={() =>
          change((d) => remove(d, { nodes: [], edges: [edge.id] }), { select: { nodes: [], edges: [] } })
        }
      />
    </div>
  );
}

function ManySelected({ nodes, edges }: { nodes: number; edges: number }) {
  const { t } = useTranslation('designer');
  const { change } = useDraftActions();
  const selection = useDraft((s) => s.selection);
  return (
    <Space direction="vertical">
      <p>{t('process.properties.many', { nodes, edges })}</p>
      <RemoveButton
        label={t('process.properties.removeSelected')}
        onClick={() => change((d) => remove(d, selection), { select: { nodes: [], edges: [] } })}
      />
    </Space>
  );
}
