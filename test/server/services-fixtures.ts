/**
 * Shared set-up of the server's service tests: the demo seed, actors per demo account, clock helpers, and a
 * dossier handed in at the counter.
 */
import { parseInstant } from '../../runtime/engine/time/index.ts';
import {
  loadActor,
  seedDemo,
  serviceContext,
  submitDossier,
  type Actor,
  type ServiceContext,
} from '../../server/services/index.ts';
import type { Store } from '../../server/store/index.ts';
import { PERMIT } from '../support/examples.ts';

/** A Monday in Vietnam time, as "2026-11-23T08:00". */
export const t = (local: string): number => {
  const ms = parseInstant(local.length === 16 ? `${local}:00+07:00` : local);
  if (ms === undefined) throw new Error(`bad time ${local}`);
  return ms;
};

export const SEED_TIME = t('2026-11-01T08:00');
export const fakeHash = async (plain: string) => `test-hash:${plain}`;

export type DemoLogin =
  | 'congdan'
  | 'motcua'
  | 'chuyenvien'
  | 'lanhdao'
  | 'quantricoquan'
  | 'thietke'
  | 'pheduyet'
  | 'quantri'
  | 'thanhtra';

export interface World {
  store: Store;
  actors: Record<DemoLogin, Actor>;
  ctx(login: DemoLogin | undefined, at: number): ServiceContext;
}

/** Seeds the demo data (idempotent) and returns the demo actors. */
export async function world(store: Store): Promise<World> {
  await seedDemo(store, SEED_TIME, { hashPassword: fakeHash });
  const logins: DemoLogin[] = [
    'congdan',
    'motcua',
    'chuyenvien',
    'lanhdao',
    'quantricoquan',
    'thietke',
    'pheduyet',
    'quantri',
    'thanhtra',
  ];
  const actors = {} as Record<DemoLogin, Actor>;
  for (const login of logins) {
    const user = await store.findUserByLogin(login);
    actors[login] = (await loadActor(store, user!.id))!;
  }
  return {
    store,
    actors,
    ctx: (login, at) => serviceContext(store, login ? actors[login] : undefined, at),
  };
}

/** Creates (once) an extra user with the given roles and returns their actor. */
export async function extraUser(
  store: Store,
  login: string,
  roles: { unitCode: string; role: string }[],
): Promise<Actor> {
  if (!(await store.findUserByLogin(login))) {
    await store.createUser(
      {
        id: `user-${login}`,
        login,
        displayName: `Cán bộ ${login}`,
        passwordHash: null,
        oidcSubject: null,
        disabled: false,
        createdAt: SEED_TIME,
      },
      roles,
      { at: SEED_TIME, actorId: null, action: 'test.user', target: login },
    );
  }
  return (await loadActor(store, `user-${login}`))!;
}

/** A construction permit (PERMIT) handed in at the counter of `unit` by `officer` at `at`. */
export async function counterPermit(store: Store, officer: Actor, at: number, unit: string) {
  return submitDossier(store, serviceContext(store, officer, at), {
    ...PERMIT,
    channel: 'counter',
    unit,
  });
}
