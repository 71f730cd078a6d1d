import { describe, expect, test } from 'vitest';
import type { FieldError } from '../../../engine/index.ts';
import { example } from '../../../../test/support/examples.ts';
import { initialAnswers } from './defaults.ts';
import { FormStore, FORM_CHANNEL } from './store.ts';
import { judge, liveValidator } from './validation.ts';
import { Visibility } from './visibility.ts';

/** Timers the test runs by hand: validation waits for a pause in typing. */
function manualTimers() {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    set: (run: () => void) => (due.set(++next, run), next),
    clear: (handle: unknown) => void due.delete(handle as number),
    runAll: () => [...due.entries()].forEach(([k, run]) => (due.delete(k), run())),
    pending: () => due.size,
  };
}

const T = Date.parse('2026-11-23T08:00:00+07:00');

function birthStore(value?: unknown) {
  const form = example('birth-registration').form;
  const validator = liveValidator(form).validate;
  const timers = manualTimers();
  const changes: unknown[] = [];
  const store = new FormStore({
    value: value ?? initialAnswers(form.schema),
    validate: judge(form, validator, () => T),
    visibility: new Visibility(form, () => T),
    showErrors: 'touched',
    onChange: (v) => changes.push(v),
    timers,
  });
  return { store, timers, changes };
}

const paths = (errors: FieldError[]) => errors.map((e) => e.path);

describe('the form store', () => {
  test('a reshaped form keeps the answers, judges by its new rules and UI schema, and tells every field', () => {
    const { store, timers } = birthStore();
    const form = example('birth-registration').form;
    store.set('/child/fullName', 'An');
    store.set('/hasFather', false);
    expect(store.shown('/father')).toBe(false);
    const heard: string[] = [];
    for (const path of ['/child/fullName', '/father', FORM_CHANNEL])
      store.subscribe(path, () => heard.push(path));

    // The designer relabels a field and drops the father's condition.
    const fields = { ...form.ui!.fields };
    delete fields.father;
    const ui = {
      ...form.ui,
      fields: { ...fields, 'child.fullName': { label: { vi: 'Tên khai sinh', en: 'Name' } } },
    };
    const next = { ...form, ui };
    store.reshape({
      ui,
      validate: judge(next, liveValidator(next).validate, () => T),
      visibility: new Visibility(next, () => T),
    });

    expect(store.get('/child/fullName')).toBe('An');
    expect(store.ui).toBe(ui);
    expect(store.shown('/father')).toBe(true);
    expect(heard.sort()).toEqual([FORM_CHANNEL, '/child/fullName', '/father'].sort());
    // The answers are judged again once the change settles.
    expect(timers.pending()).toBe(1);
  });

  test('a change tells the field, the groups above it and below it, nobody else', () => {
    const { store } = birthStore();
    const heard: string[] = [];
    for (const path of ['/child/fullName', '/child', '/mother/fullName', '', FORM_CHANNEL]) {
      store.subscribe(path, () => heard.push(path));
    }
    store.set('/child/fullName', 'An');
    expect(heard.sort()).toEqual(['', '/child', '/child/fullName']);
    const mother = store.get('/mother');
    store.set('/child/birthDate', '2026-11-02');
    expect(store.get('/mother')).toBe(mother);
  });

  test('validates once typing pauses, shows an error once its field was left, at once for every field after a submit', () => {
    const { store, timers } = birthStore();
    store.set('/child/fullName', 'A');
    store.set('/child/fullName', 'An');
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(store.errorAt('/child/fullName')).toBeUndefined();
    store.set('/child/fullName', 'A');
    store.touch('/child/fullName');
    expect(store.errorAt('/child/fullName')?.message.vi).toBe(
      'Trường “Họ, chữ đệm, tên” phải có ít nhất 2 ký tự',
    );
    expect(store.errorAt('/mother/fullName')).toBeUndefined();
    const all = store.reveal();
    expect(paths(all)).toContain('/mother/fullName');
    expect(store.errorAt('/mother/fullName')?.code).toBe('FORM_REQUIRED');
    expect(paths(store.shownErrors())).toEqual(paths(all));
  });

  test('a step reveals only its own errors', () => {
    const { store } = birthStore();
    const step = store.reveal((path) => path.startsWith('/child/'));
    expect(step.every((e) => e.path.startsWith('/child/'))).toBe(true);
    expect(store.errorAt('/child/sex')?.code).toBe('FORM_REQUIRED');
    expect(store.errorAt('/mother/fullName')).toBeUndefined();
  });

  test('hides fields by the rules when a field they read changes, and hands in no hidden answer', () => {
    const { store } = birthStore();
    let fatherHeard = 0;
    store.subscribe('/father', () => fatherHeard++);
    expect(store.shown('/father/fullName')).toBe(false);
    store.set('/hasFather', true);
    expect(store.shown('/father/fullName')).toBe(true);
    store.set('/father/fullName', 'Ba');
    store.set('/hasFather', false);
    expect(store.shown('/father')).toBe(false);
    expect(fatherHeard).toBeGreaterThan(0);
    expect(store.get('/father')).toEqual({ fullName: 'Ba' });
    expect(store.submitted()).not.toHaveProperty('father');
    expect(store.submitted()).toMatchObject({ hasFather: false, child: { nationality: 'Việt Nam' } });
    expect(paths(store.validate())).not.toContain('/father/fullName');
  });

  test('runs the form’s checks (as the server does) once the schema finds nothing', () => {
    const { store } = birthStore();
    const scenarioData = {
      child: { fullName: 'Nguyễn An', birthDate: '2099-01-01', sex: 'male', birthPlace: 'Đà Lạt' },
      mother: { fullName: 'Trần Bình', idNumber: '079123456789' },
      applicant: {
        fullName: 'Trần Bình',
        idNumber: '079123456789',
        relationship: 'mother',
        phone: '0912345678',
      },
      birthProofKind: 'birth_certificate',
      extractCopies: 1,
    };
    store.replace(scenarioData);
    expect(store.validate()).toEqual([
      expect.objectContaining({ path: '/child/birthDate', code: 'FORM_CHECK_FAILED' }),
    ]);
  });

  test('keeps each list item’s key through moves and removals', () => {
    const { store } = birthStore({ list: ['a', 'b', 'c'] });
    const before = store.keysOf('/list', 3);
    expect(store.keysOf('/list', 3)).toBe(before);
    store.editList('/list', { op: 'move', from: 2, to: 0 });
    expect(store.get('/list')).toEqual(['c', 'a', 'b']);
    expect(store.keysOf('/list', 3)).toEqual([before[2], before[0], before[1]]);
    store.editList('/list', { op: 'remove', index: 1 });
    expect(store.keysOf('/list', 2)).toEqual([before[2], before[1]]);
    store.editList('/list', { op: 'add', item: 'd' });
    expect(store.get('/list')).toEqual(['c', 'b', 'd']);
    expect(new Set(store.keysOf('/list', 3)).size).toBe(3);
  });
});
