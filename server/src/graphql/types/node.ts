import { loadEntity } from '../loadEntity.ts';
import { builder } from '../builder.ts';
import { EntityRef } from '../entity.ts';

builder.queryField('node', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'One entity by id. An unknown id is an error with code NOT_FOUND.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => loadEntity(ctx, String(id)),
  }),
);
