import { MAIN_SECTORS, type Sector } from '@atlas/schema';
import { sectorPairCounts } from '../db/collaboration.ts';
import { themeParents } from '../db/entities.ts';
import { NotFoundError } from '../db/errors.ts';
import type { Db } from '../db/tx.ts';
import { mapConcurrent, QUERIES_IN_FLIGHT } from '../util/mapConcurrent.ts';
import { themeOverview, type ThemeOverview } from '../ranking/themeOverview.ts';
import { sectorMatrix } from './matrix.ts';

const CANDIDATES = 3;

type Ranked = ThemeOverview['people'][number];

export interface ThemeGaps {
  themeId: string;
  /** Sectors with nobody (no person, no institution) with evidence on the theme; candidates from the broader theme. */
  absentSectors: Array<{ sector: Sector; candidates: Ranked[] }>;
  /** Pairs of present sectors that never collaborate on the theme; candidates from each side. */
  missingPairs: Array<{ a: Sector; b: Sector; candidates: Ranked[] }>;
}

const topOf = (overview: ThemeOverview | null, sector: Sector) =>
  (overview?.people ?? []).filter((p) => p.facts.sector === sector).slice(0, CANDIDATES);

/** Gaps on one theme: see ThemeGaps. */
export async function themeGaps(db: Db, themeId: string, parentId: string | null): Promise<ThemeGaps> {
  const [overview, rows] = await Promise.all([themeOverview(db, themeId), sectorPairCounts(db, { themeId })]);
  const present = new Set(overview.sectors.filter((s) => s.people > 0 || s.institutions > 0).map((s) => s.sector));
  const absent = MAIN_SECTORS.filter((sector) => !present.has(sector));
  const parent = absent.length && parentId ? await themeOverview(db, parentId) : null;
  const matrix = sectorMatrix(rows);
  const missingPairs: ThemeGaps['missingPairs'] = [];
  MAIN_SECTORS.forEach((a, i) =>
    MAIN_SECTORS.slice(i + 1).forEach((b) => {
      if (!present.has(a) || !present.has(b)) return;
      const cell = matrix.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
      if (!cell?.count) missingPairs.push({ a, b, candidates: [...topOf(overview, a), ...topOf(overview, b)] });
    }),
  );
  return { themeId, absentSectors: absent.map((sector) => ({ sector, candidates: topOf(parent, sector) })), missingPairs };
}

/** Gaps on one theme, or on every theme (in name order) when no id is given. An unknown id is NOT_FOUND. */
export async function sectorGaps(db: Db, themeId: string | null): Promise<ThemeGaps[]> {
  const themes = await themeParents(db);
  const targets = themeId ? themes.filter((t) => t.id === themeId) : themes;
  if (themeId && targets.length === 0) throw new NotFoundError(themeId);
  return mapConcurrent(targets, QUERIES_IN_FLIGHT, (theme) => themeGaps(db, theme.id, theme.parentId));
}
