/**
 * Shared set-up of the server's service tests: the demo seed, actors per demo account, clock helpers, a dossier
 * submitted online with its files, and one handed in at the counter.
 */
import type { SubmitInput } from '../../server/contracts/dossiers.ts';
import { createHash, randomUUID } from 'node:crypto';
import { parseInstant } from '../../runtime/engine/time/index.ts';
import { planUpload, recordAttachment } from '../../server/services/attachments.ts';
import {
  loadActor,
  seedDemo,
  serviceContext,
  submitDossier,
  type Actor,
  type ServiceContext,
} from '../../server/services/index.ts';
import type { Store } from '../../server/store/index.ts';
import { PERMIT, requiredOf } from '../support/examples.ts';
import { SAMPLES } from '../support/uploads.ts';

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

/**
 * What a citizen uploads before submitting online, through the upload service (the bytes kept in the row): one
 * small PDF per component, by default those the submission's answers require. Returns the files' ids.
 */
export async function filesFor(
  store: Store,
  ctx: ServiceContext,
  submission: { procedureCode: string; data: Record<string, unknown> },
  components: string[] = requiredOf(submission),
): Promise<string[]> {
  const ids: string[] = [];
  for (const componentId of components) {
    const plan = await planUpload(store, ctx, { componentId, procedureCode: submission.procedureCode });
    const content = SAMPLES.pdf;
    const file = await recordAttachment(store, ctx, plan, {
      id: randomUUID(),
      fileName: `${componentId}.pdf`,
      mediaType: 'application/pdf',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      storagePath: null,
      content,
    });
    ids.push(file.id);
  }
  return ids;
}

/** An online submission as the citizen makes it: the required files uploaded, then the dossier with them. */
export async function submitOnline(
  store: Store,
  ctx: ServiceContext,
  input: SubmitInput & { data: Record<string, unknown> },
) {
  return submitDossier(store, ctx, { ...input, attachments: await filesFor(store, ctx, input) });
}

/** A construction permit (PERMIT) handed in at the counter of `unit` by `officer` at `at`, with its papers. */
export async function counterPermit(store: Store, officer: Actor, at: number, unit: string) {
  return submitDossier(store, serviceContext(store, officer, at), {
    ...PERMIT,
    channel: 'counter',
    unit,
    components: requiredOf(PERMIT),
  });
}
