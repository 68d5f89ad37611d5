import { NotFoundError } from '../db/errors.ts';
import type { Entity } from '../db/types.ts';
import type { Context } from './context.ts';

/** One entity through the request's DataLoader; a missing or hidden one is NOT_FOUND, never a silent null. */
export async function loadEntity(ctx: Context, id: string): Promise<Entity> {
  const entity = await ctx.loaders.entityById.load(id);
  if (!entity) throw new NotFoundError(id);
  return entity;
}

/** Several entities in one batch, in the order asked, leaving out those that are missing or hidden. */
export async function loadEntities(ctx: Context, ids: readonly string[]): Promise<Entity[]> {
  const found = await ctx.loaders.entityById.loadMany(ids);
  return found.filter((entity): entity is Entity => entity !== null && !(entity instanceof Error));
}
