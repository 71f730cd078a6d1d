import type { ProcessNode } from '../../../schemas/procedure.ts';
import { fail } from '../errors.ts';
import { configOf, roleOf } from './holder.ts';
import { reasonsOf, reasonsSchema } from './input.ts';
import type { ActionSpec } from './types.ts';

/** Asks the applicant for more documents: at reception any time, during processing once (DOMAIN §4.5). */
export function requestSupplementAction(defaultRole: string, configurable: boolean): ActionSpec {
  return {
    action: 'request_supplement',
    label: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request a supplement' },
    roles: (node) => roleOf(node, defaultRole),
    available: (node) =>
      !configurable || configOf<{ allowSupplement?: boolean }>(node).allowSupplement === true,
    guard(run) {
      if (run.d.receivedAt !== undefined && run.d.supplementRequested) {
        fail(
          'SUPPLEMENT_ALREADY_REQUESTED',
          'Cơ quan chỉ được yêu cầu bổ sung hồ sơ một lần trong quá trình giải quyết.',
          'A supplement may be requested only once during processing.',
        );
      }
    },
    input: () => reasonsSchema(),
    run(run, _node, _task, event) {
      const reasons = reasonsOf(event);
      if (run.d.receivedAt !== undefined) run.d.supplementRequested = true;
      run.suspendForSupplement(reasons);
    },
  };
}

/** Refuses the dossier with written reasons: form 03 at reception, a refusal notice after appraisal. */
export function refuseAction(defaultRole: string, configurable: boolean): ActionSpec {
  return {
    action: 'refuse',
    label: { vi: 'Từ chối', en: 'Refuse' },
    roles: (node) => roleOf(node, defaultRole),
    available: (node: ProcessNode) =>
      !configurable || configOf<{ allowRefuse?: boolean }>(node).allowRefuse === true,
    input: () => reasonsSchema(),
    run(run, _node, _task, event) {
      const reasons = reasonsOf(event);
      if (run.d.receivedAt === undefined) run.slip('03');
      run.notify({ role: 'citizen' }, 'refused', {
        vi: `Hồ sơ bị từ chối: ${reasons.join('; ')}.`,
        en: `Your dossier was refused: ${reasons.join('; ')}.`,
      });
      run.finish('refused');
    },
  };
}
