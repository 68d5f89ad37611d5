import { SECTORS, type InstitutionRecord, type LinkRecord, type Sector } from '@atlas/schema';
import type { Rng } from '../demo/prng.ts';
import { Urn, weighted } from './Urn.ts';
import { CITIES, SOURCE, institutionName } from './syntheticText.ts';

/** Roughly the mix of a city's digital ecosystem (academia and administrations lead in papers and projects). */
export const SECTOR_WEIGHTS: Record<Sector, number> = { ACADEMIA: 0.3, PUBLIC: 0.25, PRIVATE: 0.25, CIVIL_SOCIETY: 0.15, OTHER: 0.05 };

export interface Institutions {
  records: InstitutionRecord[];
  /** Institution indices per sector, each with an urn: big institutions join more consortia. */
  bySector: Record<Sector, { members: number[]; urn: Urn }>;
  /** Every institution, by preference: big employers hire more. */
  employers: Urn;
}

/**
 * Institutions in every sector (each sector is guaranteed members: the first five take one each),
 * spread over 30 cities, a few of them units of a bigger one (PART_OF).
 */
export interface Demand {
  /** About how many times an employer will be drawn (people and their earlier jobs). */
  hires: number;
  /** About how many consortium seats initiatives will fill. */
  seats: number;
}

export function syntheticInstitutions(rng: Rng, count: number, demand: Demand, links: LinkRecord[]): Institutions {
  const records: InstitutionRecord[] = [];
  const members = Object.fromEntries(SECTORS.map((s) => [s, [] as number[]])) as Record<Sector, number[]>;
  const weights = SECTORS.map((s) => SECTOR_WEIGHTS[s]);
  for (let i = 0; i < count; i++) {
    const sector = i < SECTORS.length ? SECTORS[i]! : SECTORS[weighted(rng, weights)]!;
    // Cities are Zipf-like too: the first few host most institutions.
    const [city, country] = CITIES[Math.min(CITIES.length - 1, Math.floor(CITIES.length * Math.pow(rng.next(), 2)))]!;
    const record: InstitutionRecord = {
      kind: 'Institution',
      id: `gen-inst-${i}`,
      name: institutionName(rng, sector, city, country),
      sector,
      city,
      country,
      reach: rng.pick(['DISTRICT', 'CITY', 'CITY', 'NATIONAL', 'GLOBAL']),
      source: SOURCE,
    };
    records.push(record);
    // A unit of an earlier institution of the same sector and city (a university's institute, a city's office).
    const siblings = members[sector];
    if (siblings.length > 0 && rng.chance(0.08)) {
      const parent = siblings[Math.floor(rng.next() * siblings.length)]!;
      if (records[parent]!.city === city) links.push({ type: 'PART_OF', from: record.id, to: records[parent]!.id, source: SOURCE });
    }
    siblings.push(i);
  }
  const bySector = Object.fromEntries(
    SECTORS.map((s) => {
      const urn = new Urn(members[s].length, 0.25, Math.round(demand.seats * SECTOR_WEIGHTS[s]));
      return [s, { members: members[s], urn }];
    }),
  ) as Institutions['bySector'];
  return { records, bySector, employers: new Urn(count, 0.15, demand.hires) };
}
