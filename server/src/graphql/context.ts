import DataLoader from 'dataloader';
import type { Viewer } from '../auth.ts';
import type { Db } from '../db/tx.ts';
import type { Entity, Linked, Page } from '../db/types.ts';
import type { RelationSpec } from '../db/relations.ts';
import { entitiesByIds } from '../db/entities.ts';
import { relationPages } from '../db/relationPages.ts';

export interface Loaders {
  entityById: DataLoader<string, Entity | null>;
  /** One loader per relationship list and page, so a list of N entities costs one query per field. */
  relation(key: string, spec: RelationSpec, offset: number, limit: number): DataLoader<string, Page<Linked>>;
}

export interface Context {
  db: Db;
  loaders: Loaders;
  viewer: Viewer;
}

export function createLoaders(db: Db): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, Page<Linked>>>();
  return {
    entityById: new DataLoader((ids) => entitiesByIds(db, ids)),
    relation(key, spec, offset, limit) {
      const loaderKey = `${key}|${offset}|${limit}`;
      let loader = relationLoaders.get(loaderKey);
      if (!loader) {
        loader = new DataLoader((ids) => relationPages(db, spec, ids, offset, limit));
        relationLoaders.set(loaderKey, loader);
      }
      return loader;
    },
  };
}

export function createContext(db: Db, viewer: Viewer = { role: 'reader', invalidToken: false }): Context {
  return { db, loaders: createLoaders(db), viewer };
}
