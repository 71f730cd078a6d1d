/**
 * The instants of a dossier (see the Dossier type): what happened, when it happened, in time order; and the legal
 * clock, which starts at the deemed time of receipt. Random sequences keep the order too (properties.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { dossierView } from './view.ts';
import { at, definition, issueAndDeliver, run } from '../../test/engine/support/builder.ts';

describe('a dossier accepted on Friday evening and finished the same evening', () => {
  const sameDay = definition({ processingTime: { value: 0, unit: 'working_days' } });
  // Friday 27 Nov 2026: submitted 22:00, accepted 22:10 (after the cut-off), the result issued 22:23.
  const { dossier } = run(
    sameDay,
    [{ at: '2026-11-27T22:10', action: 'accept', role: 'reception' }, ...issueAndDeliver('2026-11-27T22:23')],
    {
      at: '2026-11-27T22:00',
    },
  );

  it('was received when accepted, and finished after that', () => {
    const view = dossierView(dossier);
    expect(view).toMatchObject({
      receivedAt: '2026-11-27T22:10:00+07:00',
      finishedAt: '2026-11-27T22:23:00+07:00',
    });
    expect(dossier.receivedAt!).toBeLessThan(dossier.finishedAt!);
  });

  it('is deemed received on Monday morning, where its clock starts, and due at Monday’s close', () => {
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-30T07:30'));
    expect(dossier.dueAt).toBe(at('2026-11-30T17:00'));
  });

  it('is early: its result (not its delivery, nor its acceptance) against its due time', () => {
    expect([dossier.resultAt, dossier.timing]).toEqual([at('2026-11-27T22:23'), 'early']);
  });
});
