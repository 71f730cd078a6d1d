import type { ActionEvent } from './dossier.ts';
import { fail } from './errors.ts';
import { checkForm } from './form-check.ts';
import { computeFees } from './fees.ts';
import { reasonsOf } from './nodes/input.ts';
import { isPlainObject } from './objects.ts';
import type { Run } from './run.ts';
import { formatInstant, parseInstant } from './time/index.ts';

type DossierAction = (run: Run, event: ActionEvent) => void;

function requireRole(event: ActionEvent, roles: string[]): void {
  if (!roles.includes(event.role)) {
    fail(
      'ROLE_NOT_ALLOWED',
      `Vai trò "${event.role}" không được thực hiện "${event.action}" (dành cho: ${roles.join(', ')}).`,
      `Role "${event.role}" may not "${event.action}" (allowed: ${roles.join(', ')}).`,
      { path: '/role' },
    );
  }
}

/** Officers act on a dossier-wide matter only from a unit that handles it. */
function requireHandlingUnit(run: Run, event: ActionEvent): void {
  if (event.unit === undefined || event.unit === run.d.unit || run.d.tasks.some((t) => t.unit === event.unit))
    return;
  fail(
    'UNIT_NOT_ALLOWED',
    `Đơn vị "${event.unit}" không xử lý hồ sơ này.`,
    `Unit "${event.unit}" does not handle this dossier.`,
    { path: '/unit' },
  );
}

/** Actions on the dossier as a whole, not on one step's task. */
export const dossierActions: Partial<Record<string, DossierAction>> = {
  /** The applicant hands in what was asked for; the work resumes (DOMAIN §4.5). */
  supplement(run, event) {
    requireRole(event, ['citizen', 'reception']);
    if (!run.d.pause) {
      fail(
        'NOT_AWAITING_SUPPLEMENT',
        'Hồ sơ không ở trạng thái chờ bổ sung.',
        'The dossier is not awaiting a supplement.',
      );
    }
    const changes = event.input?.data;
    if (changes !== undefined) {
      if (!isPlainObject(changes)) {
        fail('INPUT_INVALID', 'input.data phải là một đối tượng.', 'input.data must be an object.', {
          path: '/input/data',
        });
      }
      const data = checkForm(run.definition, { ...run.d.data, ...changes }, { now: run.now });
      const fees =
        run.d.fees.paid > 0
          ? run.d.fees
          : { ...computeFees(run.definition, data, { now: run.now }), paid: 0 };
      run.d.data = data;
      run.d.fees = fees;
    }
    run.resumeAfterSupplement();
  },

  withdraw(run, event) {
    requireRole(event, ['citizen']);
    if (run.d.resultAt !== undefined) {
      fail(
        'WITHDRAW_TOO_LATE',
        'Đã có kết quả, không thể rút hồ sơ.',
        'The result is issued; the dossier can no longer be withdrawn.',
      );
    }
    run.finish('withdrawn');
  },

  /** Form 05: the agency stops processing, with written reasons. */
  stop(run, event) {
    requireRole(event, ['leader']);
    requireHandlingUnit(run, event);
    const reasons = reasonsOf(event);
    run.slip('05');
    run.notify({ role: 'citizen' }, 'stopped', {
      vi: `Cơ quan dừng giải quyết hồ sơ: ${reasons.join('; ')}.`,
      en: `The agency stopped processing your dossier: ${reasons.join('; ')}.`,
    });
    run.finish('stopped');
  },

  /** Form 04: apology and a new promised time, once, before the due time; timing is still judged on the due time. */
  extend(run, event) {
    requireRole(event, ['specialist', 'leader']);
    requireHandlingUnit(run, event);
    const reason = reasonsOf(event).join('; ');
    const due = run.d.dueAt;
    if (due === undefined) {
      fail(
        'EXTEND_NOT_ACCEPTED',
        'Hồ sơ chưa được tiếp nhận nên chưa có hạn để gia hạn.',
        'The dossier is not accepted yet: there is no due time to extend.',
      );
    }
    if (run.d.extension) {
      fail('EXTEND_ALREADY_USED', 'Hồ sơ chỉ được gia hạn một lần.', 'A dossier may be extended only once.');
    }
    if (run.now >= due) {
      fail(
        'EXTEND_TOO_LATE',
        `Chỉ được gia hạn trước thời hạn giải quyết (${formatInstant(due)}).`,
        `An extension must be asked before the due time (${formatInstant(due)}).`,
      );
    }
    const raw = event.input?.promisedAt;
    const promisedAt = typeof raw === 'string' ? parseInstant(raw) : undefined;
    if (promisedAt === undefined || promisedAt <= due) {
      fail(
        'EXTEND_BAD_TIME',
        `input.promisedAt phải là thời điểm ISO-8601 sau thời hạn hiện tại (${formatInstant(due)}).`,
        `input.promisedAt must be an ISO-8601 time after the current due time (${formatInstant(due)}).`,
        { path: '/input/promisedAt' },
      );
    }
    run.d.extension = { at: run.now, reason, promisedAt };
    run.d.promisedAt = promisedAt;
    run.slip('04');
    run.notify({ role: 'citizen' }, 'extended', {
      vi: `Cơ quan xin lỗi và hẹn lại thời gian trả kết quả: ${formatInstant(promisedAt)}. Lý do: ${reason}.`,
      en: `The agency apologises and sets a new appointment: ${formatInstant(promisedAt)}. Reason: ${reason}.`,
    });
  },
};
