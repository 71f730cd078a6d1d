/**
 * The Process tab: the palette on the left, the canvas in the middle (minimap, zoom, automatic layout), the
 * properties of the selection on the right, the allotments and the Problems panel below. Keyboard shortcuts act
 * while the focus is in the tab and not in a text field; copy and paste go through the system clipboard as JSON,
 * so steps move between procedures (and browser tabs).
 */
import { ApartmentOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { Button, Space, Tooltip } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_TYPES } from '../../runtime/engine/index.ts';
import { useDraft, useDraftActions, useDraftStore } from '../draft/hooks.ts';
import { inTextField, shortcutOf, shortcutText } from '../editor/keys.ts';
import { AllotmentBar } from './AllotmentBar.tsx';
import { Canvas } from './Canvas.tsx';
import { NODE_HEIGHT, NODE_WIDTH, toCanvas, toDefinition } from './flow.ts';
import { useNames } from './names.ts';
import { addNode, copy, move, paste, readFragment, remove, type Fragment } from './graph.ts';
import { HelpDialog } from './HelpDialog.tsx';
import { autoLayout, overlaps } from './layout.ts';
import { Palette } from './Palette.tsx';
import type { PlacedProblem } from './problems.ts';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { PropertiesPanel } from './PropertiesPanel.tsx';
import { useLint } from './useLint.ts';
import './process.css';

/** Where pasted steps go, from where they were copied (the definition's coordinates). */
const PASTE_OFFSET = { x: 40, y: 40 };

export function ProcessTab() {
  return (
    <ReactFlowProvider>
      <ProcessDesigner />
    </ReactFlowProvider>
  );
}

function ProcessDesigner() {
  const { t } = useTranslation('designer');
  const store = useDraftStore();
  const { change, select } = useDraftActions();
  const readonly = useDraft((s) => s.save.status === 'readonly');
  const flow = useReactFlow();
  const problems = useLint();
  const names = useNames();
  const nodes = useDraft((s) => s.definition.process.nodes);
  // The help dialog is mounted when first asked for (the diagram opens without it), then kept: closing it returns
  // the focus where it was.
  const [help, setHelp] = useState<boolean>();
  const [laying, setLaying] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const container = useRef<HTMLDivElement>(null);

  // A step's name: its label, else its type's; numbered when several steps would read the same.
  const titles = useMemo(() => {
    const base = nodes.map(
      (n) => n.label?.[names.language] || NODE_TYPES.get(n.type)?.label[names.language] || n.type,
    );
    const count = new Map<string, number>();
    for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
    const seen = new Map<string, number>();
    return new Map(
      nodes.map((n, i) => {
        const b = base[i];
        if (count.get(b) === 1) return [n.id, b];
        seen.set(b, (seen.get(b) ?? 0) + 1);
        return [n.id, `${b} ${seen.get(b)}`];
      }),
    );
  }, [nodes, names.language]);
  const stepTitle = useCallback((id: string) => titles.get(id) ?? id, [titles]);

  const layout = useCallback(async () => {
    setLaying(true);
    try {
      const positions = await autoLayout(store.getState().definition.process);
      change((d) => move(d, positions));
      await flow.fitView({ padding: 0.15, maxZoom: 1 });
      setAnnouncement(t('process.layoutDone'));
    } finally {
      setLaying(false);
    }
  }, [store, change, flow, t]);

  // Steps piled on each other cannot be read: lay them out once, on opening (an undoable change).
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    if (!readonly && overlaps(store.getState().definition.process)) void layout();
  }, [layout, readonly, store]);

  const add = useCallback(
    (type: string) => {
      const { definition, selection } = store.getState();
      const after = selection.nodes.length === 1 ? selection.nodes[0] : undefined;
      const box = container.current?.querySelector('.react-flow')?.getBoundingClientRect();
      const centre = box
        ? toDefinition(flow.screenToFlowPosition({ x: box.x + box.width / 2, y: box.y + box.height / 2 }))
        : { x: 0, y: 0 };
      const added = addNode(
        definition,
        type,
        after ? { after } : { position: { x: Math.round(centre.x), y: Math.round(centre.y) } },
      );
      change(() => added.definition, { select: { nodes: [added.id], edges: [] } });
      const placed = added.definition.process.nodes.at(-1)!;
      const at = toCanvas(placed.position);
      void flow.setCenter(at.x + NODE_WIDTH / 2, at.y + NODE_HEIGHT / 2, {
        zoom: flow.getZoom(),
        duration: 200,
      });
      // The new step is not among this render's titles yet: it is read by its type's name.
      const step = NODE_TYPES.get(type)?.label[names.language] ?? type;
      setAnnouncement(
        after
          ? t('process.added.after', { step, previous: stepTitle(after) })
          : t('process.added.alone', { step }),
      );
    },
    [store, change, flow, t, stepTitle, names.language],
  );

  const pasteFragment = useCallback(
    (fragment: Fragment) => {
      const pasted = paste(store.getState().definition, fragment, PASTE_OFFSET);
      change(() => pasted.definition, { select: pasted.selection });
      setAnnouncement(t('process.pasted', { count: pasted.selection.nodes.length }));
    },
    [store, change, t],
  );

  // Copy and paste through the system clipboard, while the focus is in this tab and not in a text field.
  useEffect(() => {
    const ours = (event: ClipboardEvent) =>
      !!container.current?.contains(event.target as Node) && !inTextField(event);
    const onCopy = (event: ClipboardEvent) => {
      if (!ours(event)) return;
      const { definition, selection } = store.getState();
      const fragment = copy(definition, selection);
      if (!fragment || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', JSON.stringify(fragment));
      event.preventDefault();
      setAnnouncement(t('process.copied', { count: fragment.nodes.length }));
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!ours(event) || readonly) return;
      const fragment = readFragment(event.clipboardData?.getData('text/plain') ?? '');
      if (!fragment) return;
      event.preventDefault();
      pasteFragment(fragment);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, readonly, pasteFragment, t]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (inTextField(event) || event.defaultPrevented) return;
    const name = shortcutOf(event);
    if (!name) return;
    const { definition, selection } = store.getState();
    switch (name) {
      case 'selectAll':
        select({
          nodes: definition.process.nodes.map((n) => n.id),
          edges: definition.process.edges.map((e) => e.id),
        });
        break;
      case 'duplicate': {
        const fragment = copy(definition, selection);
        if (fragment && !readonly) pasteFragment(fragment);
        break;
      }
      case 'remove':
        if (readonly) return;
        change((d) => remove(d, selection), { select: { nodes: [], edges: [] } });
        setAnnouncement(t('process.removed'));
        break;
      case 'append':
        container.current?.querySelector<HTMLButtonElement>('.mc-palette-item')?.focus();
        break;
      case 'layout':
        if (!readonly) void layout();
        break;
      case 'help':
        setHelp(true);
        break;
      default:
        // Copy and paste: the clipboard events; undo and redo: the editor's.
        return;
    }
    event.preventDefault();
  };

  const open = useCallback(
    (problem: PlacedProblem) => {
      if (!problem.element) return;
      const { id, kind } = problem.element;
      select(
        { nodes: kind === 'node' ? [id] : [], edges: kind === 'edge' ? [id] : [] },
        problem.property || undefined,
      );
      const definition = store.getState().definition;
      const node =
        kind === 'node'
          ? definition.process.nodes.find((n) => n.id === id)
          : definition.process.nodes.find(
              (n) => n.id === definition.process.edges.find((e) => e.id === id)?.source,
            );
      if (node) {
        const at = toCanvas(node.position);
        void flow.setCenter(at.x + NODE_WIDTH / 2, at.y + NODE_HEIGHT / 2, {
          zoom: Math.max(flow.getZoom(), 0.8),
          duration: 200,
        });
      }
      // The property at fault takes the focus (the properties panel); else the element on the canvas.
      if (!problem.property) {
        const selector =
          kind === 'node' ? `.react-flow__node[data-id="${id}"]` : `.react-flow__edge[data-id="${id}"]`;
        requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(selector)?.focus());
      }
    },
    [select, store, flow],
  );

  return (
    <div className="mc-process" ref={container} onKeyDown={onKeyDown}>
      <Palette onAdd={add} disabled={readonly} />
      <section className="mc-canvas" aria-label={t('process.canvas')}>
        <div className="mc-canvas-tools">
          <Space wrap size="small">
            <Tooltip title={`${t('process.layout')} (${shortcutText('layout')})`}>
              <Button
                icon={<ApartmentOutlined />}
                loading={laying}
                disabled={readonly}
                onClick={() => void layout()}
              >
                {t('process.layout')}
              </Button>
            </Tooltip>
            <Tooltip title={`${t('process.help.open')} (${shortcutText('help')})`}>
              <Button icon={<QuestionCircleOutlined />} onClick={() => setHelp(true)}>
                {t('process.help.open')}
              </Button>
            </Tooltip>
          </Space>
          <AllotmentBar />
        </div>
        <div className="mc-canvas-flow">
          <Canvas problems={problems} names={names} />
        </div>
      </section>
      <PropertiesPanel stepTitle={stepTitle} />
      <ProblemsPanel problems={problems} stepTitle={stepTitle} onOpen={open} />
      {help !== undefined && <HelpDialog open={help} onClose={() => setHelp(false)} />}
      <div className="mc-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
