import { describe, expect, it } from 'vitest';
import { ctx, definition, node, run, UNIT, withConfig } from '../../../test/engine/support/builder.ts';
import { availableActions, type ActorGrants } from './available-actions.ts';

const officer = (role: string, unitCode = UNIT): ActorGrants => ({
  applicant: false,
  roles: [{ role, unitCode }],
});
const applicant: ActorGrants = { applicant: true, roles: [] };
const names = (offers: { action: string; node?: string }[]) =>
  offers.map((o) => `${o.action}@${o.node ?? '-'}`);

describe('availableActions', () => {
  const def = definition();
  const submitted = run(def).dossier;
  const now = ctx('2026-11-23T09:00');

  it('offers reception what the reception step allows, as whom, with the input each takes', () => {
    const offers = availableActions(def, submitted, officer('reception'), now);
    expect(names(offers)).toEqual(['accept@reception', 'request_supplement@reception', 'refuse@reception']);
    expect(offers[0]).toMatchObject({
      role: 'reception',
      unit: UNIT,
      label: { vi: 'Tiếp nhận', en: 'Accept' },
    });
    expect(offers[2].input).toMatchObject({
      anyOf: [{ required: ['reason'] }, { required: ['reasons'] }],
    });
  });

  it('offers the applicant withdrawing, and nothing to an officer of another unit or role', () => {
    expect(names(availableActions(def, submitted, applicant, now))).toEqual(['withdraw@-']);
    expect(availableActions(def, submitted, officer('reception', 'OTHER'), now)).toEqual([]);
    expect(availableActions(def, submitted, officer('specialist'), now)).toEqual([]);
  });

  it('takes each task’s choices from its node: the outcomes it allows', () => {
    const outcomes = definition({
      nodes: withConfig('appraisal', { role: 'specialist', outcomes: ['đạt', 'không đạt'] }),
    });
    const accepted = run(outcomes, [{ at: '2026-11-23T09:00', action: 'accept', role: 'reception' }]).dossier;
    const [complete] = availableActions(outcomes, accepted, officer('specialist'), ctx('2026-11-23T10:00'));
    expect(complete).toMatchObject({ action: 'complete', node: 'appraisal' });
    expect(complete.input).toEqual({
      type: 'object',
      properties: { outcome: { enum: ['đạt', 'không đạt'] } },
      required: ['outcome'],
    });
  });

  it('asks for the amount due at a payment step', () => {
    const paid = definition({
      fees: [{ id: 'fee', kind: 'fee', label: { vi: 'Lệ phí', en: 'Fee' }, amount: 50_000 }],
      nodes: [
        node('start', 'start'),
        node('reception', 'reception'),
        node('pay', 'payment'),
        node('end', 'end'),
      ],
    });
    const accepted = run(paid, [{ at: '2026-11-23T09:00', action: 'accept', role: 'reception' }]).dossier;
    const [pay] = availableActions(paid, accepted, officer('reception'), ctx('2026-11-23T10:00'));
    expect(pay.input).toMatchObject({
      properties: { amount: { const: 50_000 }, method: { enum: ['counter'] } },
      required: ['amount', 'method', 'reference'],
    });
    expect(availableActions(paid, accepted, applicant, ctx('2026-11-23T10:00')).map((o) => o.action)).toEqual(
      ['withdraw'],
    );
  });

  it('lists a person once per way of acting, the holder of the open work first', () => {
    const both: ActorGrants = {
      applicant: false,
      roles: [
        { role: 'leader', unitCode: UNIT },
        { role: 'reception', unitCode: UNIT },
        { role: 'reception', unitCode: UNIT },
      ],
    };
    const offers = availableActions(def, submitted, both, now);
    expect(offers.map((o) => `${o.action}:${o.role}`)).toEqual([
      'accept:reception',
      'request_supplement:reception',
      'refuse:reception',
      'stop:leader',
    ]);
  });

  it('offers nothing on a finished dossier or before its last event', () => {
    const withdrawn = run(def, [{ at: '2026-11-23T09:00', action: 'withdraw', role: 'citizen' }]).dossier;
    expect(availableActions(def, withdrawn, applicant, ctx('2026-11-23T10:00'))).toEqual([]);
    expect(availableActions(def, submitted, officer('reception'), ctx('2026-11-22T10:00'))).toEqual([]);
  });
});
