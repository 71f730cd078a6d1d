/** Signing in and out, API tokens, and the accounts an administrator manages. */
import { Id, Instant, Type, text, type Static } from './common.ts';

export const Grant = Type.Object(
  { unitCode: text(64), role: text(32, 1, { pattern: '^[a-z_]+$' }) },
  { additionalProperties: false },
);
export type Grant = Static<typeof Grant>;

/** The signed-in user and their roles per unit; never the password hash. */
export const Me = Type.Object({
  id: Type.String(),
  login: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Object({ unitCode: Type.String(), role: Type.String() })),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
});
export type Me = Static<typeof Me>;

export const LoginInput = Type.Object(
  { login: text(100), password: text(256) },
  { additionalProperties: false },
);

export const SignedIn = Type.Object({ user: Me, expiresAt: Instant });

export const PasswordInput = Type.Object(
  { oldPassword: text(256), newPassword: text(256) },
  { additionalProperties: false },
);

export const UserOutput = Type.Object({ user: Me });

// ---- API tokens -------------------------------------------------------------------------------------------

export const TokenInput = Type.Object(
  {
    name: text(100),
    userId: Type.Optional(
      text(64, 1, { description: 'Issue the token for another user (system or agency admin only).' }),
    ),
  },
  { additionalProperties: false },
);

export const IssuedToken = Type.Object({
  token: Type.String({ description: 'Shown once; only its SHA-256 is stored.' }),
  id: Type.String(),
  userId: Type.String(),
  name: Type.String(),
});

export const TokensInput = Type.Object(
  {
    userId: Type.Optional(
      text(64, 1, { description: 'List another user’s tokens (system or agency admin only).' }),
    ),
  },
  { additionalProperties: false },
);

export const TokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  userId: Type.String(),
  createdAt: Instant,
  revokedAt: Type.Union([Instant, Type.Null()]),
});

export const TokenList = Type.Object({ items: Type.Array(TokenView) });

/** A token's id: the first 16 hex digits of its SHA-256, as issuing it answered. */
export const TokenIdInput = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{16}$' }) });

// ---- accounts ---------------------------------------------------------------------------------------------

export const UserView = Type.Object({
  id: Type.String(),
  login: Type.String(),
  displayName: Type.String(),
  disabled: Type.Boolean(),
  roles: Type.Array(Type.Object({ unitCode: Type.String(), role: Type.String() })),
});
export type UserView = Static<typeof UserView>;

export const UsersInput = Type.Object({ unit: Type.Optional(text(64)) }, { additionalProperties: false });

export const UserList = Type.Object({ items: Type.Array(UserView), total: Type.Integer() });

export const NewUserInput = Type.Object(
  {
    login: text(100, 3, { pattern: '^[A-Za-z0-9._@-]+$' }),
    displayName: text(200),
    password: text(256),
    roles: Type.Array(Grant, { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type NewUserInput = Static<typeof NewUserInput>;

export const UserIdInput = Type.Object({ id: Id });

export const UserPatchInput = Type.Object(
  { id: Id, displayName: Type.Optional(text(200)), disabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 2 },
);
export type UserPatchInput = Static<typeof UserPatchInput>;

export const RoleChangeInput = Type.Object(
  { id: Id, unitCode: Grant.properties.unitCode, role: Grant.properties.role },
  { additionalProperties: false },
);
export type RoleChangeInput = Static<typeof RoleChangeInput>;
