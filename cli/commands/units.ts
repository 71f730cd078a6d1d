import type { Args } from '../args.ts';
import { cliActor, withDatabase } from '../database.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import type { UnitView } from '../../server/services/units.ts';
import type { Store } from '../../server/store/index.ts';
import type { Localized } from '../../runtime/engine/index.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export const UNITS_USAGE = [
  'units list [--at <ISO>]',
  'units create <code> (--parent <code> | --root) --kind <kind> --name-vi <…> --name-en <…>',
  'units rename <code> --name-vi <…> --name-en <…>',
  'units move <code> (--parent <code> | --root)',
  'units merge <code> --into <code> --effective <ISO | YYYY-MM-DD>',
];

function option(args: Args, name: string): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value === '') {
    cliError('ARGUMENT_MISSING', message('cli.optionRequired', { name }));
  }
  return value;
}

const name = (args: Args) => ({ vi: option(args, 'name-vi'), en: option(args, 'name-en') });
const parent = (args: Args) => (args.options.root === true ? null : option(args, 'parent'));

/** One line per unit, under its parent in force; a merged unit says into which unit, and from when. */
function tree(items: UnitView[]): string {
  const children = new Map<string | null, UnitView[]>();
  for (const u of items) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u]);
  const lines: string[] = [];
  const walk = (parentCode: string | null, depth: number) => {
    for (const u of children.get(parentCode) ?? []) {
      const merger = u.merger
        ? u.successor === u.code
          ? `  (sẽ sáp nhập vào / merges into ${u.merger.into} từ / from ${u.merger.at})`
          : `  (đã sáp nhập vào / merged into ${u.merger.into} từ / from ${u.merger.at})`
        : '';
      lines.push(`${'  '.repeat(depth)}${u.code}  [${u.kind}]  ${u.name.vi} / ${u.name.en}${merger}`);
      walk(u.code, depth + 1);
    }
  };
  walk(null, 0);
  return lines.join('\n');
}

/**
 * `motcua units …`: the unit tree of the server's database, changed as the system admin would through the API
 * (server/services/units.ts), acting as the operator of this machine (audited as `cli:<user>`).
 */
export async function units(args: Args): Promise<Output> {
  const [action, code] = args.positional;
  const services = await import('../../server/services/index.ts');
  type Services = typeof services;
  type Ctx = ReturnType<Services['serviceContext']>;
  const needsCode = () => {
    if (code === undefined) cliError('ARGUMENT_MISSING', message('cli.unitCodeMissing'));
    return code;
  };
  const changed = async (done: Localized, unit: Promise<UnitView>): Promise<Output> => {
    const u = await unit;
    return {
      json: u,
      text: `${done.vi} / ${done.en}: ${u.code}  [${u.kind}]  ${u.name.vi} / ${u.name.en}`,
      exitCode: 0,
    };
  };
  // The arguments are read before the database is opened: a usage mistake is told as such.
  const actions: Record<string, () => (store: Store, ctx: Ctx) => Promise<Output>> = {
    list: () => {
      const at = args.options.at;
      return async (store, ctx) => {
        const listed = await services.listUnits(store, ctx, typeof at === 'string' ? { at } : {});
        return { json: listed, text: `${listed.at}\n${tree(listed.items)}`, exitCode: 0 };
      };
    },
    create: () => {
      const input = {
        code: needsCode(),
        parentCode: parent(args),
        kind: option(args, 'kind'),
        name: name(args),
      };
      return (store, ctx) => changed(message('cli.created'), services.createUnit(store, ctx, input));
    },
    rename: () => {
      const input = { code: needsCode(), name: name(args) };
      return (store, ctx) => changed(message('cli.renamed'), services.updateUnit(store, ctx, input));
    },
    move: () => {
      const input = { code: needsCode(), parentCode: parent(args) };
      return (store, ctx) => changed(message('cli.moved'), services.updateUnit(store, ctx, input));
    },
    merge: () => {
      const input = { code: needsCode(), into: option(args, 'into'), effectiveAt: option(args, 'effective') };
      return async (store, ctx) => {
        const u = await services.mergeUnit(store, ctx, input);
        return {
          json: u,
          text: `Đã ghi quyết định sáp nhập / Merger recorded: ${u.code} → ${u.merger!.into} từ / from ${u.merger!.at}`,
          exitCode: 0,
        };
      };
    },
  };
  if (action === undefined || !Object.hasOwn(actions, action)) {
    const usage = `\n  motcua ${UNITS_USAGE.join('\n  motcua ')}`;
    cliError('ARGUMENT_INVALID', message('cli.argumentInvalid', { usage }));
  }
  const run = actions[action]();
  // Whoever runs the command on the server holds the database's keys: the system admin's rights.
  const actor = { userId: cliActor(), roles: [{ unitCode: '*', role: 'system_admin' }] };
  return withDatabase(args, { create: false }, (store) =>
    run(store, services.serviceContext(store, actor, Date.now())),
  );
}
