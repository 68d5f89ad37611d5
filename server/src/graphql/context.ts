import DataLoader from 'dataloader';
import { createAuthenticator, dbTokenStore, type Authenticate } from '../auth/authenticator.ts';
import { ANONYMOUS, hasRole, type Viewer } from '../auth/roles.ts';
import type { ReadAccess } from '../config.ts';
import type { Db } from '../db/tx.ts';
import type { Entity, Linked, Page } from '../db/types.ts';
import type { RelationSpec } from '../db/relations.ts';
import { entitiesByIds } from '../db/entities.ts';
import { relationPages } from '../db/relationPages.ts';
import type { HasHeaders } from '../security/clientIdentity.ts';
import { requireReadAccess } from './errors.ts';

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

/** Loaders for one request: editors find hidden people by id (to manage them); readers never do. */
export function createLoaders(db: Db, viewer: Viewer = ANONYMOUS): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, Page<Linked>>>();
  const includeHidden = hasRole(viewer, 'editor');
  return {
    entityById: new DataLoader((ids) => entitiesByIds(db, ids, { includeHidden })),
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

export function createContext(db: Db, viewer: Viewer = ANONYMOUS): Context {
  return { db, loaders: createLoaders(db, viewer), viewer };
}

/**
 * Yoga's context factory: who is asking (from the bearer token). Refused before any field runs
 * (UNAUTHENTICATED, HTTP 401): a token that is sent but not valid, always, so a client with a
 * mistyped or revoked token learns it at once instead of quietly reading as an anonymous reader;
 * and with READ_ACCESS=token, a request without a token too.
 */
export function createRequestContext(db: Db, readAccess: ReadAccess, authenticate: Authenticate = createAuthenticator(dbTokenStore(db))) {
  return async ({ request }: { request: HasHeaders }): Promise<Context> => {
    const viewer = await authenticate(request.headers.get('authorization'));
    if (readAccess === 'token' || viewer.invalidToken) requireReadAccess(viewer);
    return createContext(db, viewer);
  };
}
