import { GraphQLError } from 'graphql';
import { ROLES, type Role } from '../../auth/roles.ts';
import { issueToken, TokenInputError } from '../../auth/issueToken.ts';
import { listApiTokens, revokeApiToken, type ApiTokenInfo } from '../../db/apiTokens.ts';
import { builder } from '../builder.ts';
import { badInput, requireRole } from '../errors.ts';

/**
 * Who is asking, and the API tokens that say so. Token management is for admins; the CLI
 * (npm run token) does the same on the server, and is how the first admin token is made.
 */
const ViewerRef = builder.objectRef<{ role: Role }>('Viewer').implement({
  fields: (t) => ({
    role: t.exposeString('role', { description: 'reader, editor or admin, from the API token sent; reader without one.' }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: ViewerRef, description: 'Who is asking: decides what the web app offers.', resolve: (_root, _args, ctx) => ctx.viewer }),
);

export const RoleEnum = builder.enumType('Role', {
  description: 'READER reads; EDITOR also writes (imports, panel drafts, visibility, erasure); ADMIN also manages API tokens.',
  values: Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), { value: role }])) as Record<Uppercase<Role>, { value: Role }>,
});

const ApiTokenRef = builder.objectRef<ApiTokenInfo>('ApiToken').implement({
  description: 'An API token as stored: never its secret.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Public: the part after atlas_ and before the secret.' }),
    name: t.exposeString('name', { description: 'Whose it is or what uses it.' }),
    role: t.field({ type: RoleEnum, resolve: (token) => token.role }),
    createdAt: t.exposeString('createdAt'),
    lastUsedAt: t.exposeString('lastUsedAt', { nullable: true, description: 'Accurate to a few seconds; null if never used.' }),
  }),
});

const CreatedApiTokenRef = builder.objectRef<{ token: string; info: ApiTokenInfo }>('CreatedApiToken').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The token itself: shown this once, stored only as a hash.' }),
    apiToken: t.field({ type: ApiTokenRef, resolve: (created) => created.info }),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.field({
    type: [ApiTokenRef],
    description: 'Admins only. Every API token, newest first.',
    resolve: (_root, _args, ctx) => {
      requireRole(ctx.viewer, 'admin');
      return listApiTokens(ctx.db);
    },
  }),
);

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedApiTokenRef,
    description: 'Admins only. Creates an API token with a role; the answer holds the token, which is not shown again.',
    args: { name: t.arg.string({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: async (_root, { name, role }, ctx) => {
      requireRole(ctx.viewer, 'admin');
      try {
        return await issueToken(ctx.db, name, role);
      } catch (error) {
        throw error instanceof TokenInputError ? badInput(error.message, 'name') : error;
      }
    },
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: ApiTokenRef,
    description: 'Admins only. Deletes an API token; requests with it are refused within a few seconds (the server caches tokens for 5 s).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      requireRole(ctx.viewer, 'admin');
      const revoked = await revokeApiToken(ctx.db, String(id));
      if (!revoked) throw new GraphQLError(`No API token with id ${String(id)}: apiTokens (or npm run token -- list) shows the ids.`, { extensions: { code: 'NOT_FOUND' } });
      return revoked;
    },
  }),
);
