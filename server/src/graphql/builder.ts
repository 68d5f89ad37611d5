import SchemaBuilder from '@pothos/core';
import type { Context } from './context.ts';

export interface AtlasSchemaTypes {
  Context: Context;
  DefaultFieldNullability: false;
}

/** Pothos's full type map for this schema, for helpers that take a field builder. */
export type AtlasTypes = PothosSchemaTypes.ExtendDefaultTypes<AtlasSchemaTypes>;

// Fields are non-null unless they say otherwise: absence is then a deliberate part of the API.
export const builder = new SchemaBuilder<AtlasSchemaTypes>({ defaultFieldNullability: false });
