import { NotFoundError } from '../../db/errors.ts';
import { builder } from '../builder.ts';
import { EntityRef } from '../entity.ts';

builder.queryField('node', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'One entity by id. An unknown id is an error with code NOT_FOUND.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await ctx.loaders.entityById.load(String(id))) ?? Promise.reject(new NotFoundError(String(id))),
  }),
);
