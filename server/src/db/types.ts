import type { Kind, LinkProps, Sector } from '@atlas/schema';
import type { SliceColumns } from './sliceColumns.ts';

/** An entity as the db layer hands it up: its kind, its plain properties, and derived values. */
export interface Entity {
  id: string;
  kind: Kind;
  label: string;
  source: string;
  updatedAt: string | null;
  sector: Sector | null;
  /** Every stored property, already plain JS values (no Integer, no DateTime). */
  props: Record<string, unknown>;
}

/** One item of a relationship list: the entity at the other end and what the relationship says. */
export interface Linked extends LinkProps {
  node: Entity;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

export interface GraphNode {
  id: string;
  kind: Kind;
  label: string;
  sector: Sector | null;
  degree: number;
  /** A paper's year, an initiative's start year, an event's year; null for other kinds. */
  year: number | null;
  /** The themes it is directly linked to; a theme lists itself. */
  themeIds: string[];
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
}

/** A neighbourhood: its nodes and edges as columns (objects are made only when asked for: sliceColumns.ts). */
export interface GraphSlice {
  columns: SliceColumns;
  truncated: boolean;
}
