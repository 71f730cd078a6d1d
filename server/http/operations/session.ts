/** Signing in with a password, who is signed in, signing out, changing the password. */
import { LoginInput, Me, PasswordInput, SignedIn, UserOutput } from '../../contracts/accounts.ts';
import { Done, NoInput, nullable, Type } from '../../contracts/common.ts';
import { identify, requireIdentity } from '../caller.ts';
import { changePassword, meView, signIn, signOut } from '../session.ts';
import { mutation, query } from './operation.ts';

const tags = ['session'];

export const session = {
  login: mutation({
    summary: 'Đăng nhập / Sign in',
    description:
      'Opens a session in the HttpOnly cookie motcua_session. Failed sign-ins are throttled (429).',
    tags,
    access: 'public',
    input: LoginInput,
    output: SignedIn,
    rest: { method: 'POST', path: '/session' },
    errors: {
      '401': 'INVALID_CREDENTIALS: wrong login or password (or a disabled account)',
      '429': 'TOO_MANY_ATTEMPTS: wait Retry-After seconds',
    },
    async run({ deps, request, reply }, input) {
      const session = await signIn(deps, request, reply, input);
      return {
        user: await meView(deps, session.identity),
        expiresAt: new Date(session.expiresAt).toISOString(),
      };
    },
  }),

  /** For the sign-in screen: the ways to sign in this server offers besides a local account. */
  methods: query({
    summary: 'Cách đăng nhập / The ways to sign in',
    tags,
    access: 'public',
    input: NoInput,
    output: Type.Object({
      vneid: Type.Boolean({ description: 'Sign-in with the national e-ID (OIDC) is configured' }),
    }),
    run: async ({ deps }) => ({ vneid: deps.oidc !== undefined }),
  }),

  /** For the web client: who is signed in, or null (no 401 for an anonymous visitor). */
  me: query({
    summary: 'Người đang đăng nhập (nếu có) / The signed-in user, if any',
    tags,
    access: 'public',
    input: NoInput,
    output: nullable(Me),
    async run({ deps, request, reply }) {
      const identity = await identify(deps.auth, request, reply);
      return identity ? meView(deps, identity) : null;
    },
  }),

  current: query({
    summary: 'Người dùng hiện tại / The signed-in user',
    tags,
    access: 'session',
    input: NoInput,
    output: UserOutput,
    rest: { method: 'GET', path: '/session' },
    async run({ deps, request, reply }) {
      return { user: await meView(deps, await requireIdentity(deps.auth, request, reply)) };
    },
  }),

  logout: mutation({
    summary: 'Đăng xuất / Sign out',
    description: 'Also when there was no session: the cookie is dropped either way.',
    tags,
    access: 'public',
    input: NoInput,
    output: Done,
    rest: { method: 'DELETE', path: '/session', status: 204 },
    async run({ deps, request, reply }) {
      await signOut(deps, request, reply);
      return { ok: true as const };
    },
  }),

  changePassword: mutation({
    summary: 'Đổi mật khẩu / Change the password',
    description: 'Ends every session of the user and opens a new one for this browser.',
    tags,
    access: 'session',
    input: PasswordInput,
    output: UserOutput,
    rest: { method: 'POST', path: '/session/password' },
    errors: {
      '400': 'WEAK_PASSWORD: the new password is too weak, or bad input',
      '403': 'WRONG_PASSWORD: the old password is not right',
    },
    async run({ deps, request, reply }, input) {
      return { user: await meView(deps, await changePassword(deps, request, reply, input)) };
    },
  }),
};
