import type { Action, ActionEvent } from './dossier.ts';
import { fail } from './errors.ts';
import { checkForm } from './form-check.ts';
import { handIn, requireComponents } from './components.ts';
import { inputSchema, reasonsOf, reasonsSchema } from './nodes/input.ts';
import type { JsonSchema } from './nodes/types.ts';
import { isPlainObject } from './objects.ts';
import type { Localized } from './problems.ts';
import type { Run } from './run.ts';
import { formatInstant, parseInstant } from './time/index.ts';
import { message } from './messages/index.ts';

/** An action on the dossier as a whole, not on one step's task. */
export interface DossierActionSpec {
  action: Action;
  label: Localized;
  /** Who may take it; an officer only from a unit that handles the dossier (`handlesDossier`). */
  roles: readonly string[];
  /** Refuses (by `fail`) when the dossier's state does not allow it now, whatever the input. */
  guard?(run: Run): void;
  /** JSON Schema of `event.input`. */
  input(): JsonSchema;
  run(run: Run, event: ActionEvent): void;
}

export const DOSSIER_ACTIONS: readonly DossierActionSpec[] = [
  /**
   * The applicant hands in what was asked for (changed answers in `input.data`, components in `input.components`);
   * the work resumes (DOMAIN §4.5).
   */
  {
    action: 'supplement',
    label: message('dossierActions.supplement.label'),
    roles: ['citizen', 'reception'],
    guard(run) {
      if (!run.d.pause) {
        fail('NOT_AWAITING_SUPPLEMENT', message('dossierActions.notAwaitingSupplement'));
      }
    },
    input: () =>
      inputSchema({
        data: { type: 'object', description: 'changed answers of the form' },
        components: { type: 'array', items: { type: 'string' }, description: 'ids of components handed in' },
      }),
    run(run, event) {
      const changes = event.input?.data;
      if (changes !== undefined) {
        if (!isPlainObject(changes)) {
          fail('INPUT_INVALID', message('dossierActions.inputInvalid'), {
            path: '/input/data',
          });
        }
        run.d.data = checkForm(run.definition, { ...run.d.data, ...changes }, { now: run.now });
        run.priceFees();
      }
      const given = event.input?.components;
      if (given !== undefined) {
        run.d.components = handIn(run.definition, run.d.components, given, '/input/components');
      }
      // The supplement completes the dossier: what the (possibly changed) answers require must now be in.
      requireComponents(run.definition, run.d.data, run.d.components, { now: run.now }, '/input/components');
      run.resumeAfterSupplement();
    },
  },

  {
    action: 'withdraw',
    label: message('dossierActions.withdraw.label'),
    roles: ['citizen'],
    guard(run) {
      if (run.d.resultAt !== undefined) {
        fail('WITHDRAW_TOO_LATE', message('dossierActions.withdrawTooLate'));
      }
    },
    input: () => inputSchema(),
    run(run) {
      run.finish('withdrawn');
    },
  },

  /** Form 05: the agency stops processing, with written reasons. */
  {
    action: 'stop',
    label: message('dossierActions.stop.label'),
    roles: ['leader'],
    input: () => reasonsSchema(),
    run(run, event) {
      const reasons = reasonsOf(event);
      run.slip('05');
      run.notify(
        { role: 'citizen' },
        'stopped',
        message('dossierActions.stopNotice', { reasons: reasons.join('; ') }),
      );
      run.finish('stopped');
    },
  },

  /**
   * Form 04: apology and a new promised time, at most once, at least one working day before the due time; the
   * timing is still judged on the due time.
   */
  {
    action: 'extend',
    label: message('dossierActions.extend.label'),
    roles: ['specialist', 'leader'],
    guard(run) {
      const due = run.d.dueAt;
      if (due === undefined) {
        fail('EXTEND_NOT_ACCEPTED', message('dossierActions.extendNotAccepted'));
      }
      if (run.d.extension) {
        fail('EXTEND_ALREADY_USED', message('dossierActions.extendAlreadyUsed'));
      }
      // DOMAIN §4.7: the apology and extension is issued at least one working day before the due time.
      const latest = run.warningAt(due);
      if (run.now > latest) {
        fail(
          'EXTEND_TOO_LATE',
          message('dossierActions.extendTooLate', { due: formatInstant(due), latest: formatInstant(latest) }),
          { details: { dueAt: formatInstant(due), latest: formatInstant(latest) } },
        );
      }
    },
    input: () => reasonsSchema({ promisedAt: { type: 'string', format: 'date-time' } }, ['promisedAt']),
    run(run, event) {
      const reason = reasonsOf(event).join('; ');
      const due = run.d.dueAt!;
      const raw = event.input?.promisedAt;
      const promisedAt = typeof raw === 'string' ? parseInstant(raw) : undefined;
      if (promisedAt === undefined || promisedAt <= due) {
        fail('EXTEND_BAD_TIME', message('dossierActions.extendBadTime', { due: formatInstant(due) }), {
          path: '/input/promisedAt',
        });
      }
      run.d.extension = { at: run.now, reason, promisedAt };
      run.d.promisedAt = promisedAt;
      run.slip('04');
      run.notify(
        { role: 'citizen' },
        'extended',
        message('dossierActions.extendNotice', { promisedAt: formatInstant(promisedAt), reason }),
      );
    },
  },
];

/** The dossier-wide action of that name, if it is one. */
export function dossierAction(action: string): DossierActionSpec | undefined {
  return DOSSIER_ACTIONS.find((a) => a.action === action);
}
