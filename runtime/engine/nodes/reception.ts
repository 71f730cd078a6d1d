import { requireComponents } from '../components.ts';
import { openWork, roleOf } from './holder.ts';
import { inputSchema } from './input.ts';
import { refuseAction, requestSupplementAction } from './common-actions.ts';
import { durationSchema, MANY, unitSchema, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

/** The one-stop office checks completeness: accept (form 01), request a supplement (02) or refuse (03). */
export const reception: NodeType = {
  type: 'reception',
  label: message('nodes.reception.label'),
  description: message('nodes.reception.description'),
  icon: 'inbox',
  color: '#1565c0',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { unit: unitSchema, allotment: durationSchema },
  },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'accept',
      label: message('nodes.accept.label'),
      roles: (node) => roleOf(node, 'reception'),
      // Accepting is the completeness check: a dossier missing a required component gets form 02 instead.
      guard(run) {
        requireComponents(run.definition, run.d.data, run.d.components, { now: run.now }, '/components');
      },
      input: () => inputSchema(),
      run(run, node, task) {
        run.closeTask(task, 'accepted');
        if (run.d.receivedAt === undefined) run.startClock();
        run.d.taken = false;
        run.slip('01');
        run.notify({ role: 'citizen' }, 'accepted', message('nodes.acceptedNotice'));
        run.leave(node);
      },
    },
    requestSupplementAction('reception', false),
    refuseAction('reception', false),
  ],
  enter(run, node) {
    openWork(run, node, 'reception');
  },
};
