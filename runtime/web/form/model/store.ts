/**
 * The state of one form on screen: the answers, which fields are shown, the errors, which fields were touched.
 * Each field subscribes to its own path, so a keystroke re-renders the field typed in (and whatever reads it: a
 * list's length, a condition), never the whole form. Validation runs once typing pauses, or at once when a field
 * is left and when the person moves on or submits.
 */
import type { UiSchema } from '../../../../schemas/procedure.ts';
import type { FieldError, IsVisible } from '../../../engine/index.ts';
import { dotPath, isPlainObject, withoutHidden } from '../../../engine/index.ts';
import { fromDotPath, getIn, isWithin, ROOT, setIn } from './paths.ts';
import type { Visibility } from './visibility.ts';

type Listener = () => void;

export interface StoreOptions {
  value: unknown;
  /** The UI schema the fields are drawn with. */
  ui?: UiSchema;
  /** The judgement of all the answers (validation.ts `judge`). */
  validate?: (data: unknown, isVisible: IsVisible) => FieldError[];
  visibility?: Visibility;
  /**
   * Errors shown only once a field was left (the portal), or at once (the designer's preview and panels: the
   * first validation is the caller's to run, after the first paint).
   */
  showErrors: 'touched' | 'always';
  /** Called after every change with the whole answers. */
  onChange?: (value: unknown) => void;
  /** Pause in typing after which the answers are validated. */
  debounceMs?: number;
  /** Timers, injected by tests. */
  timers?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

/** A listener channel for what the whole form shows (error summary, step list), beside per-path ones. */
export const FORM_CHANNEL = '\u0000form';

const sameError = (a: FieldError | undefined, b: FieldError | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.code === b.code && a.message.vi === b.message.vi);

let nextKey = 0;
const NO_KEYS: string[] = [];

export type ListEdit =
  { op: 'add'; item: unknown } | { op: 'remove'; index: number } | { op: 'move'; from: number; to: number };

export class FormStore {
  private value: unknown;
  private readonly listeners = new Map<string, Set<Listener>>();
  private errors = new Map<string, FieldError>();
  private errorList: FieldError[] = [];
  private readonly touched = new Set<string>();
  private revealed: boolean;
  private isVisible: IsVisible = () => true;
  private hidden = new Set<string>();
  private readonly itemKeys = new Map<string, string[]>();
  private readonly choices = new Map<string, number>();
  private pending: unknown;
  /** The answers changed since they were last validated (or never were). */
  private stale = true;
  private readonly timers: NonNullable<StoreOptions['timers']>;

  constructor(private options: StoreOptions) {
    this.value = options.value;
    this.revealed = options.showErrors === 'always';
    this.timers = options.timers ?? {
      set: (run, ms) => setTimeout(run, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.judgeVisibility(false);
  }

  /** The UI schema the fields are drawn with now. */
  get ui(): UiSchema | undefined {
    return this.options.ui;
  }

  /**
   * The form changed under the answers (the designer's preview, as the clerk types): judged by its new rules and
   * drawn with its new UI schema. Every field reads again and re-renders only if what it shows changed, so a new
   * label re-renders its field alone.
   */
  reshape(form: Pick<StoreOptions, 'ui' | 'validate' | 'visibility'>): void {
    this.options = { ...this.options, ...form };
    this.judgeVisibility(false);
    this.notify([...this.listeners.keys()]);
    this.scheduleValidation();
  }

  // ---- subscriptions

  subscribe(path: string, listener: Listener): () => void {
    let set = this.listeners.get(path);
    if (!set) this.listeners.set(path, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(path);
    };
  }

  private notify(paths: Iterable<string>): void {
    const called = new Set<Listener>();
    for (const path of paths) {
      for (const listener of this.listeners.get(path) ?? []) {
        if (!called.has(listener)) {
          called.add(listener);
          listener();
        }
      }
    }
  }

  /** The path, every path above it and every path below it that someone listens to. */
  private affected(path: string): string[] {
    const out: string[] = [];
    for (const key of this.listeners.keys()) {
      if (key !== FORM_CHANNEL && (isWithin(key, path) || isWithin(path, key))) out.push(key);
    }
    return out;
  }

  // ---- answers

  get(path: string = ROOT): unknown {
    return path === ROOT ? this.value : getIn(this.value, path);
  }

  set(path: string, v: unknown): void {
    const next = setIn(this.value, path, v);
    if (next === this.value) return;
    this.value = next;
    this.changed(path);
  }

  /** Replaces every answer (a draft loaded, the host's value changed): every field reads its value again. */
  replace(value: unknown): void {
    if (value === this.value) return;
    this.value = value;
    this.itemKeys.clear();
    this.changed(ROOT);
  }

  private changed(path: string): void {
    const paths = this.affected(path);
    if (this.options.visibility?.reads(path)) paths.push(...this.judgeVisibility(true));
    this.notify(paths);
    this.options.onChange?.(this.value);
    this.scheduleValidation();
  }

  /** The answers as they are handed in: without the fields the person could not see. */
  submitted(): unknown {
    return isPlainObject(this.value) ? withoutHidden(this.value, this.isVisible) : this.value;
  }

  // ---- lists: a stable key per item, so that reordering moves fields instead of retyping them

  /** The items' keys of the list at `path`: the same array until the list's length or order changes. */
  keysOf(path: string, length: number): string[] {
    const keys = this.itemKeys.get(path) ?? NO_KEYS;
    if (keys.length === length) return keys;
    const next = keys.slice(0, length);
    while (next.length < length) next.push(`i${nextKey++}`);
    this.itemKeys.set(path, next);
    return next;
  }

  /** Adds, removes or moves an item of the list at `path`; every other item keeps its key (and its fields). */
  editList(path: string, edit: ListEdit): void {
    const items = Array.isArray(this.get(path)) ? (this.get(path) as unknown[]).slice() : [];
    const keys = this.keysOf(path, items.length).slice();
    if (edit.op === 'add') {
      items.push(edit.item);
      keys.push(`i${nextKey++}`);
    } else if (edit.op === 'remove') {
      items.splice(edit.index, 1);
      keys.splice(edit.index, 1);
    } else {
      const [item] = items.splice(edit.from, 1);
      const [key] = keys.splice(edit.from, 1);
      items.splice(edit.to, 0, item);
      keys.splice(edit.to, 0, key);
    }
    this.itemKeys.set(path, keys);
    this.touched.add(path);
    this.set(path, items);
  }

  /** The oneOf/anyOf branch the person picked for the value at `path`. */
  choice(path: string): number | undefined {
    return this.choices.get(path);
  }

  choose(path: string, branch: number): void {
    this.choices.set(path, branch);
    this.notify(this.affected(path));
  }

  // ---- shown and hidden fields

  private judgeVisibility(report: boolean): string[] {
    const visibility = this.options.visibility;
    if (!visibility) return [];
    this.isVisible = visibility.judge(this.value);
    const hidden = new Set(visibility.ruled.filter((key) => !this.isVisible(key)));
    const flipped = visibility.ruled.filter((key) => hidden.has(key) !== this.hidden.has(key));
    this.hidden = hidden;
    return report && flipped.length > 0 ? [...flipped.map(fromDotPath), FORM_CHANNEL] : [];
  }

  /** Whether the field at `path` is shown (its own rule and those above it). */
  shown(path: string): boolean {
    return this.hidden.size === 0 || this.isVisible(dotPath(path));
  }

  // ---- errors

  private scheduleValidation(): void {
    this.stale = true;
    if (!this.options.validate) return;
    if (this.pending !== undefined) this.timers.clear(this.pending);
    this.pending = this.timers.set(() => this.validate(), this.options.debounceMs ?? 250);
  }

  /** Validates now; returns every error of the answers (shown or not yet), in the validator's order. */
  validate(): FieldError[] {
    if (this.pending !== undefined) this.timers.clear(this.pending);
    this.pending = undefined;
    this.stale = false;
    const validate = this.options.validate;
    if (!validate) return [];
    const list = validate(this.value, this.isVisible);
    const next = new Map(list.map((e) => [e.path, e]));
    const changed: string[] = [];
    for (const path of new Set([...this.errors.keys(), ...next.keys()])) {
      if (!sameError(this.errors.get(path), next.get(path)) && this.reveals(path)) changed.push(path);
    }
    this.errors = next;
    this.errorList = list;
    this.notify([...changed, FORM_CHANNEL]);
    return list;
  }

  private reveals(path: string): boolean {
    return this.revealed || this.touched.has(path);
  }

  /** The error shown on the field at `path`: once it was left, or once the person tried to move on. */
  errorAt(path: string): FieldError | undefined {
    return this.reveals(path) ? this.errors.get(path) : undefined;
  }

  /** The field was left: its error (if any) shows from now on. */
  touch(path: string): void {
    // Left again: its error already follows the typing (after the pause). Judging now would move the page under
    // a click on the button the person is reaching for.
    if (this.touched.has(path)) return;
    this.touched.add(path);
    // Answers changed since the last validation: judge them now, so the error shows as the field is left.
    if (this.stale) this.validate();
    else this.notify([path, FORM_CHANNEL]);
  }

  /**
   * Shows the errors within `scope` (the step the person wants to leave) or, without a scope, every error from now
   * on (the person submitted); returns those errors.
   */
  reveal(scope?: (path: string) => boolean): FieldError[] {
    if (!scope) this.revealed = true;
    const list = this.validate().filter((e) => !scope || scope(e.path));
    for (const e of list) this.touched.add(e.path);
    this.notify([...list.map((e) => e.path), FORM_CHANNEL]);
    return list;
  }

  /** The errors shown now, for the summary. */
  shownErrors(): FieldError[] {
    return this.errorList.filter((e) => this.reveals(e.path));
  }
}
