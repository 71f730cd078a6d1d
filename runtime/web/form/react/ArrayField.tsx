/**
 * A repeating group (a JSON array): its items one under the other, each with buttons to move it up or down and to
 * remove it, and a button to add one, within the list's minimum and maximum. Everything works from the keyboard:
 * after each action the focus lands where the person expects (the new item's first field, the moved item's same
 * button, the item that took a removed one's place) and a polite announcement says what happened.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { childPath } from '../model/paths.ts';
import { startingValue } from '../schema/kind.ts';
import { resolveSchema } from '../schema/resolve.ts';
import type { ListEdit } from '../model/store.ts';
import { fieldIds, useEnv, useError, useStore } from './env.ts';
import { helpOf, type ResolvedFieldProps } from './field-props.ts';

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled])';

const count = (v: unknown): number | undefined => (typeof v === 'number' && v >= 0 ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const lengthOf = (v: unknown): number => (Array.isArray(v) ? v.length : 0);

type Focus = { key: string; on: 'first' | 'up' | 'down' } | { key: 'add'; on: 'add' };

export function ArrayField(p: ResolvedFieldProps) {
  const env = useEnv();
  const { Field } = env;
  const { store, root, t, language } = env;
  const s = p.r.schema;
  // 2020-12 writes a tuple as prefixItems + items; draft-07 as items: [...] + additionalItems.
  const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
  const rest = tuple ? (Array.isArray(s.items) ? s.additionalItems : s.items) : s.items;
  const fixed = tuple?.length ?? 0;
  // A tuple shows each of its places, answered or not.
  const keys = useStore(p.path, (store) =>
    store.keysOf(p.path, Math.max(lengthOf(store.get(p.path)), fixed)),
  );
  const error = useError(p.path);
  const ids = fieldIds(env, p.path);
  const schemaAt = (i: number): unknown => (i < fixed ? tuple![i] : rest);
  const min = Math.max(count(s.minItems) ?? 0, fixed);
  const max = rest === false ? fixed : count(s.maxItems);
  const itemTitle = text(resolveSchema(root, rest).schema.title) ?? t('list.item');
  const answered = lengthOf(store.get(p.path));
  const canAdd = rest !== false && answered >= fixed && (max === undefined || answered < max);
  const canRemove = answered > min;

  const items = useRef(new Map<string, HTMLElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focus = useRef<Focus | undefined>(undefined);
  const [said, say] = useState('');

  useEffect(() => {
    const want = focus.current;
    if (!want) return;
    focus.current = undefined;
    if (want.on === 'add') return addButton.current?.focus();
    const item = items.current.get(want.key);
    const target =
      want.on === 'first'
        ? item?.querySelector<HTMLElement>(FOCUSABLE)
        : (item?.querySelector<HTMLElement>(`[data-move="${want.on}"]:not([disabled])`) ??
          item?.querySelector<HTMLElement>('[data-move]:not([disabled])'));
    target?.focus();
  }, [keys]);

  const labelOf = (i: number): string =>
    i < fixed
      ? (text(resolveSchema(root, tuple![i]).schema.title) ?? `${t('list.item')} ${i + 1}`)
      : `${itemTitle} ${i + 1}`;
  const edit = (change: ListEdit, next: Focus, announcement: string) => {
    focus.current = next;
    store.editList(p.path, change);
    say(announcement);
  };
  const add = () => {
    const n = answered;
    focus.current = undefined;
    store.editList(p.path, { op: 'add', item: startingValue(root, rest) });
    const added = store.keysOf(p.path, n + 1)[n];
    focus.current = { key: added, on: 'first' };
    say(t('list.added', { item: `${itemTitle} ${n + 1}` }));
  };
  const remove = (i: number) => {
    const after = keys[i + 1] ?? keys[i - 1];
    edit(
      { op: 'remove', index: i },
      after ? { key: after, on: 'first' } : { key: 'add', on: 'add' },
      t('list.removed', { item: labelOf(i) }),
    );
  };
  const move = (i: number, to: number, on: 'up' | 'down') =>
    edit({ op: 'move', from: i, to }, { key: keys[i], on }, t('list.moved', { item: labelOf(i), n: to + 1 }));

  const help = helpOf(p, language);
  const bounds =
    min > fixed || max !== undefined
      ? t(max === undefined ? 'list.atLeast' : min > 0 ? 'list.between' : 'list.atMost', { min, max })
      : undefined;
  return (
    <fieldset className="mc-group mc-list" id={ids.block} aria-describedby={error ? ids.error : undefined}>
      <legend className="mc-group-title">
        {p.title}
        {p.required && (
          <span className="mc-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {(help || bounds) && (
        <div className="mc-field-help">
          {help && <div>{help}</div>}
          {bounds && <div>{bounds}</div>}
        </div>
      )}
      <div id={ids.error} className="mc-field-error" aria-live="polite">
        {error?.message[language]}
      </div>
      {keys.length > 0 && (
        <ol className="mc-items">
          {keys.map((key, i) => {
            const label = labelOf(i);
            const movable = i >= fixed;
            return (
              <li
                key={key}
                className="mc-item"
                ref={(element) => {
                  if (element) items.current.set(key, element);
                  else items.current.delete(key);
                }}
              >
                <Field
                  path={childPath(p.path, i)}
                  schema={schemaAt(i)}
                  required={false}
                  name=""
                  label={label}
                />
                {movable && (
                  <div className="mc-item-actions">
                    <Button
                      data-move="up"
                      icon={<ArrowUpOutlined />}
                      disabled={i === fixed || env.disabled}
                      onClick={() => move(i, i - 1, 'up')}
                    >
                      {t('list.up')}
                      <span className="mc-visually-hidden"> {label}</span>
                    </Button>
                    <Button
                      data-move="down"
                      icon={<ArrowDownOutlined />}
                      disabled={i === keys.length - 1 || env.disabled}
                      onClick={() => move(i, i + 1, 'down')}
                    >
                      {t('list.down')}
                      <span className="mc-visually-hidden"> {label}</span>
                    </Button>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      disabled={!canRemove || env.disabled}
                      onClick={() => remove(i)}
                    >
                      {t('list.remove')}
                      <span className="mc-visually-hidden"> {label}</span>
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {rest !== false && (
        <Button ref={addButton} icon={<PlusOutlined />} disabled={!canAdd || env.disabled} onClick={add}>
          {t('list.add', { item: itemTitle.toLocaleLowerCase(language) })}
        </Button>
      )}
      <div className="mc-visually-hidden" aria-live="polite">
        {said}
      </div>
    </fieldset>
  );
}
