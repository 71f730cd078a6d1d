/**
 * The form's fields as a list, sections and repeating groups with their own fields inside. A field is selected
 * by pressing it; it moves by dragging (within its group), by its arrow buttons, or by Alt+↑/↓ on it.
 */
import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Tag, Typography } from 'antd';
import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { useFirstScreen } from '../../runtime/web/form/index.ts';
import { allFields, splitPath, type FormField } from './model/tree.ts';
import { useFormWords } from './words.ts';

export interface FieldTreeProps {
  fields: readonly FormField[];
  selected?: string;
  onSelect(path: string): void;
  /** Moves the field at `from` in `container` to `to`. */
  onMove(container: string, from: number, to: number): void;
  disabled: boolean;
}

/** What a row does, the same object for the tree's life: a row re-renders for its own field, not for others. */
interface RowActions {
  onSelect(path: string): void;
  onMove(container: string, from: number, to: number): void;
}

interface ListProps {
  list: readonly FormField[];
  container: string;
  selected?: string;
  disabled: boolean;
  actions: RowActions;
}

/**
 * A press is a selection; only a pointer moved a few pixels starts a drag. One object for the module's life: a new
 * one each render would give dnd-kit new sensors, and every row would render again.
 */
const POINTER = { activationConstraint: { distance: 6 } };

export function FieldTree(p: FieldTreeProps) {
  const { t } = useFormWords();
  const latest = useRef(p);
  latest.current = p;
  const actions = useRef<RowActions>({
    onSelect: (path) => latest.current.onSelect(path),
    onMove: (container, from, to) => latest.current.onMove(container, from, to),
  }).current;
  const sensors = useSensors(useSensor(PointerSensor, POINTER));
  // A long form's list paints its first screen first, as the preview does; the rest follows a moment later.
  const upTo = useFirstScreen(useMemo(() => p.fields.map((f) => allFields([f]).length), [p.fields]));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = splitPath(String(active.id));
    const to = splitPath(String(over.id));
    // Fields are reordered within their own group.
    if (from.container !== to.container) return;
    const list = findList(p.fields, from.container);
    const a = list.findIndex((f) => f.path === active.id);
    const b = list.findIndex((f) => f.path === over.id);
    if (a >= 0 && b >= 0) p.onMove(from.container, a, b);
  };
  return (
    <section className="mc-form-tree" aria-labelledby="mc-form-tree-title">
      <Typography.Title level={2} id="mc-form-tree-title" className="mc-panel-title">
        {t('form.tree.title')}
      </Typography.Title>
      <p className="mc-panel-hint">{t('form.tree.hint')}</p>
      {p.fields.length === 0 ? (
        <p className="mc-panel-hint">{t('form.tree.empty')}</p>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <FieldList
            list={p.fields.slice(0, upTo)}
            container=""
            selected={p.selected}
            disabled={p.disabled}
            actions={actions}
          />
        </DndContext>
      )}
    </section>
  );
}

function findList(fields: readonly FormField[], container: string): readonly FormField[] {
  if (container === '') return fields;
  for (const f of fields) {
    if (f.inner === container) return f.fields ?? [];
    const inside = findList(f.fields ?? [], container);
    if (inside.length > 0) return inside;
  }
  return [];
}

function FieldList(p: ListProps) {
  // The same array while the paths are the same: a new one would re-render every sortable row of the list.
  const paths = p.list.map((f) => f.path).join('\n');
  const items = useMemo(() => (paths === '' ? [] : paths.split('\n')), [paths]);
  return (
    <SortableContext items={items} strategy={verticalListSortingStrategy}>
      <ol className="mc-form-tree-list">
        {p.list.map((field, index) => (
          <FieldRow key={field.path} {...p} field={field} index={index} count={p.list.length} />
        ))}
      </ol>
    </SortableContext>
  );
}

/** The same field as the tree read it before: same schema and UI entry, and the same fields inside. */
function sameField(a: FormField, b: FormField): boolean {
  if (a === b) return true;
  const af = a.fields ?? [];
  const bf = b.fields ?? [];
  return (
    a.path === b.path &&
    a.kind === b.kind &&
    a.schema === b.schema &&
    a.ui === b.ui &&
    a.required === b.required &&
    a.inner === b.inner &&
    af.length === bf.length &&
    af.every((f, i) => sameField(f, bf[i]))
  );
}

/** Whether the selection is this field or one inside it. */
const holdsSelection = (selected: string | undefined, field: FormField): boolean =>
  selected !== undefined &&
  (selected === field.path || (field.inner !== undefined && selected.startsWith(`${field.inner}.`)));

type RowProps = ListProps & { field: FormField; index: number; count: number };

/** A row renders again only for a change of its field, its place, or the selection on it. */
const sameRow = (a: RowProps, b: RowProps): boolean =>
  a.index === b.index &&
  a.count === b.count &&
  a.container === b.container &&
  a.disabled === b.disabled &&
  a.actions === b.actions &&
  sameField(a.field, b.field) &&
  (a.selected === b.selected ||
    (!holdsSelection(a.selected, a.field) && !holdsSelection(b.selected, b.field)));

const FieldRow = memo(function FieldRow(p: RowProps) {
  const { t, fieldName } = useFormWords();
  const { field, index, count, container } = p;
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: field.path,
    disabled: p.disabled,
  });
  const name = fieldName(field);
  const move = (to: number) => p.actions.onMove(container, index, to);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || p.disabled) return;
    if (event.key === 'ArrowUp' && index > 0) move(index - 1);
    else if (event.key === 'ArrowDown' && index < count - 1) move(index + 1);
    else return;
    event.preventDefault();
  };
  return (
    <li
      ref={setNodeRef}
      className={`mc-form-tree-item${isDragging ? ' mc-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className={`mc-form-tree-row${p.selected === field.path ? ' mc-selected' : ''}`} {...listeners}>
        <HolderOutlined className="mc-form-tree-handle" aria-hidden />
        <button
          type="button"
          className="mc-form-tree-name"
          aria-pressed={p.selected === field.path}
          data-path={field.path}
          onClick={() => p.actions.onSelect(field.path)}
          onKeyDown={onKeyDown}
        >
          <span>{name}</span>
          <span className="mc-form-tree-kind">{t(`form.palette.kinds.${field.kind}`)}</span>
          {field.required && <Tag color="red">{t('form.tree.required')}</Tag>}
          {field.ui?.visibleIf !== undefined && <Tag color="blue">{t('form.tree.conditional')}</Tag>}
        </button>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          aria-label={t('form.tree.moveUp', { field: name })}
          title={t('form.tree.moveUp', { field: name })}
          disabled={p.disabled || index === 0}
          onClick={() => move(index - 1)}
        />
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          aria-label={t('form.tree.moveDown', { field: name })}
          title={t('form.tree.moveDown', { field: name })}
          disabled={p.disabled || index === count - 1}
          onClick={() => move(index + 1)}
        />
      </div>
      {field.inner !== undefined &&
        (field.fields && field.fields.length > 0 ? (
          <FieldList {...p} list={field.fields} container={field.inner} />
        ) : (
          <p className="mc-panel-hint mc-form-tree-empty">{t('form.tree.emptyGroup')}</p>
        ))}
    </li>
  );
}, sameRow);
