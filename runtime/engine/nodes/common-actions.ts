import type { ProcessNode } from '../../../schemas/procedure.ts';
import { fail } from '../errors.ts';
import { configOf, roleOf } from './holder.ts';
import { reasonsOf, reasonsSchema } from './input.ts';
import type { ActionSpec } from './types.ts';
import { message } from '../messages/index.ts';

/** Asks the applicant for more documents: at reception any time, during processing once (DOMAIN §4.5). */
export function requestSupplementAction(defaultRole: string, configurable: boolean): ActionSpec {
  return {
    action: 'request_supplement',
    label: message('nodes.requestSupplement.label'),
    roles: (node) => roleOf(node, defaultRole),
    available: (node) =>
      !configurable || configOf<{ allowSupplement?: boolean }>(node).allowSupplement === true,
    guard(run) {
      if (run.d.receivedAt !== undefined && run.d.supplementRequested) {
        fail('SUPPLEMENT_ALREADY_REQUESTED', message('nodes.supplementAlreadyRequested'));
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
    label: message('nodes.refuse.label'),
    roles: (node) => roleOf(node, defaultRole),
    available: (node: ProcessNode) =>
      !configurable || configOf<{ allowRefuse?: boolean }>(node).allowRefuse === true,
    input: () => reasonsSchema(),
    run(run, _node, _task, event) {
      const reasons = reasonsOf(event);
      if (run.d.receivedAt === undefined) run.slip('03');
      run.notify(
        { role: 'citizen' },
        'refused',
        message('nodes.refusedNotice', { reasons: reasons.join('; ') }),
      );
      run.finish('refused');
    },
  };
}
