import type { Kind } from '@atlas/schema';
import type { Entity, Linked, Page } from '../db/types.ts';
import { RELATIONS, type RelationSpec } from '../db/relations.ts';
import { builder, type AtlasTypes } from './builder.ts';
import { badInput, checkRange } from './errors.ts';
import { objectRefs } from './objectRefs.ts';

interface EdgeValue {
  cursor: string;
  linked: Linked;
}

interface ConnectionValue {
  totalCount: number;
  edges: EdgeValue[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput(`"${cursor}" is not a cursor from this API: pass an endCursor you received.`, 'after');
  return Number(match[1]);
}

export const PageInfo = builder.objectRef<ConnectionValue>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

function connectionFor(kind: Kind) {
  const edge = builder.objectRef<EdgeValue>(`${kind}Edge`).implement({
    description: `A ${kind.toLowerCase()} in a list, with what the relationship says (role, position, years).`,
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      node: t.field({ type: objectRefs[kind], resolve: (value) => value.linked.node }),
      role: t.string({ nullable: true, resolve: (value) => value.linked.role ?? null }),
      position: t.int({ nullable: true, resolve: (value) => value.linked.position ?? null }),
      since: t.int({ nullable: true, resolve: (value) => value.linked.since ?? null }),
      until: t.int({ nullable: true, resolve: (value) => value.linked.until ?? null }),
    }),
  });
  return builder.objectRef<ConnectionValue>(`${kind}Connection`).implement({
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      edges: t.field({ type: [edge], resolve: (value) => value.edges }),
      pageInfo: t.field({ type: PageInfo, resolve: (value) => value }),
    }),
  });
}

const connections = new Map<Kind, ReturnType<typeof connectionFor>>();
const connectionOf = (kind: Kind) => {
  if (!connections.has(kind)) connections.set(kind, connectionFor(kind));
  return connections.get(kind)!;
};

export const MAX_PAGE = 100;

function toConnection(page: Page<Linked>, offset: number): ConnectionValue {
  const edges = page.items.map((linked, i) => ({ cursor: encodeCursor(offset + i + 1), linked }));
  return {
    totalCount: page.totalCount,
    edges,
    hasNextPage: offset + edges.length < page.totalCount,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<AtlasTypes, Entity>;

/** A paginated relationship list (first, after), batched across entities by DataLoader. */
export function relationField<K extends Kind>(t: FieldBuilder, kind: K, name: keyof (typeof RELATIONS)[K] & string, description: string) {
  const spec = RELATIONS[kind][name] as RelationSpec;
  return t.field({
    type: connectionOf(spec.target),
    description,
    args: {
      first: t.arg.int({ defaultValue: 20, description: `How many to return, 0 to ${MAX_PAGE}.` }),
      after: t.arg.string({ description: 'The endCursor of the previous page.' }),
    },
    resolve: async (entity, args, ctx) => {
      const first = checkRange('first', args.first ?? 20, 0, MAX_PAGE);
      const offset = decodeCursor(args.after);
      const page = await ctx.loaders.relation(`${kind}.${name}`, spec, offset, first).load(entity.id);
      return toConnection(page, offset);
    },
  });
}

/** A to-one relationship (a theme's parent, a session's event): the first of the list, or null. */
export function singleRelationField<K extends Kind>(t: FieldBuilder, kind: K, name: keyof (typeof RELATIONS)[K] & string, description: string) {
  const spec = RELATIONS[kind][name] as RelationSpec;
  return t.field({
    type: objectRefs[spec.target],
    nullable: true,
    description,
    resolve: async (entity, _args, ctx) => {
      const page = await ctx.loaders.relation(`${kind}.${name}`, spec, 0, 1).load(entity.id);
      return page.items[0]?.node ?? null;
    },
  });
}
