import { KINDS, type Kind } from '@atlas/schema';
import type { ImplementableObjectRef } from '@pothos/core';
import type { Entity } from '../db/types.ts';
import { builder, type AtlasTypes } from './builder.ts';

/**
 * One object type per kind, declared here and implemented in graphql/types/<kind>.ts, so that
 * connections and fields can point at any kind before its file has run.
 */
export const objectRefs = Object.fromEntries(KINDS.map((kind) => [kind, builder.objectRef<Entity>(kind)])) as unknown as Record<
  Kind,
  ImplementableObjectRef<AtlasTypes, Entity>
>;
