/**
 * The required-components rule (DOMAIN §3) holds on every path: at submission whatever fields are sent, with a
 * supplement (which may change the answers that make components required), and at reception's acceptance.
 */
import { describe, expect, it } from 'vitest';
import { start } from './interpreter.ts';
import {
  ACCEPT,
  component,
  ctx,
  DATA,
  definition,
  proceed,
  refused,
  run,
  type Step,
} from '../../test/engine/support/builder.ts';

/** `form` always required; `photo` required when the answer `kind` is "a"; `extra` never. */
const def = definition({
  components: [
    component('form'),
    component('photo', { '==': [{ var: 'kind' }, 'a'] }),
    component('extra', false),
  ],
});
const AT = ctx('2026-11-23T08:00');
const LATER_ACCEPT: Step = { ...ACCEPT, at: '2026-11-23T11:00' };
const REQUEST: Step = {
  at: '2026-11-23T09:00',
  action: 'request_supplement',
  role: 'reception',
  input: { reasons: ['Thiếu ảnh'] },
};
const supplement = (input: Record<string, unknown>): Step => ({
  at: '2026-11-23T10:00',
  action: 'supplement',
  role: 'citizen',
  input,
});

describe('required components', () => {
  it('a submission that sends no components at all is refused like one that sends an empty list', () => {
    for (const components of [undefined, []]) {
      expect(start(def, { data: DATA, channel: 'online', components }, AT)).toMatchObject({
        ok: false,
        error: { code: 'COMPONENTS_MISSING', path: '/components', details: ['form'] },
      });
    }
  });

  it('on every channel, by whoever enters it', () => {
    for (const channel of ['online', 'counter', 'post'] as const) {
      const result = start(def, { data: DATA, channel, role: 'reception' }, AT);
      expect(result).toMatchObject({ ok: false, error: { code: 'COMPONENTS_MISSING' } });
    }
  });

  it('unknown components and components the answers require', () => {
    const submit = (components: string[], data: Record<string, unknown> = DATA) =>
      start(def, { data, channel: 'online', components }, AT);
    expect(submit(['form', 'nope'])).toMatchObject({
      ok: false,
      error: { code: 'COMPONENT_UNKNOWN', details: ['nope'] },
    });
    expect(submit(['form'], { ...DATA, kind: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'COMPONENTS_MISSING', details: ['photo'] },
    });
    expect(submit(['form']).ok).toBe(true);
  });

  it('the dossier records what was handed in, once each, in the definition’s order', () => {
    const { dossier } = run(def, [], { components: ['extra', 'form', 'extra'] });
    expect(dossier.components).toEqual(['form', 'extra']);
  });

  it('a supplement hands in what the changed answers now require', () => {
    const before = run(def, [REQUEST], { components: ['form'] });
    // Changing the answer makes the photo required: the supplement without it is refused, nothing changed.
    const error = refused(def, before.dossier, supplement({ data: { kind: 'a' } }), 'COMPONENTS_MISSING');
    expect(error).toMatchObject({ path: '/input/components', details: ['photo'] });
    const after = proceed(def, before, [supplement({ data: { kind: 'a' }, components: ['photo'] })]);
    expect(after.dossier.components).toEqual(['form', 'photo']);
    expect(after.dossier.status).toBe('submitted');
    expect(proceed(def, after, [LATER_ACCEPT]).dossier.status).toBe('received');
  });

  it('a supplement’s components are checked like a submission’s', () => {
    const { dossier } = run(def, [REQUEST], { components: ['form'] });
    refused(def, dossier, supplement({ components: ['nope'] }), 'COMPONENT_UNKNOWN');
    refused(def, dossier, supplement({ components: 'photo' }), 'INPUT_INVALID');
    refused(def, dossier, supplement({ components: [1] }), 'INPUT_INVALID');
  });

  it('reception cannot accept a dossier stored without its required components; a supplement completes it', () => {
    // A dossier stored before components were recorded, as the store hands it back.
    const stored = run(def, [], { components: ['form'] });
    const { components: _dropped, ...legacy } = stored.dossier;
    const old = { ...stored, dossier: legacy as typeof stored.dossier };
    const error = refused(def, old.dossier, ACCEPT, 'COMPONENTS_MISSING');
    expect(error).toMatchObject({ path: '/components', details: ['form'] });
    const completed = proceed(def, old, [REQUEST, supplement({ components: ['form'] })]);
    expect(proceed(def, completed, [LATER_ACCEPT]).dossier.status).toBe('received');
  });
});
