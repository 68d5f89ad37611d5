import type { Sector } from '@atlas/schema';
import { z } from 'zod';
import { field } from '../recordSchemas.ts';

/**
 * CORDIS project data as the EU open data portal ships it (cordis-HORIZONprojects-csv.zip and its
 * H2020 and FP7 siblings): project.csv and organization.csv, ";"-separated, with these column names.
 */
export const PROJECT_COLUMNS = ['id', 'acronym', 'status', 'title', 'startDate', 'endDate', 'objective'] as const;
export const ORGANIZATION_COLUMNS = ['projectID', 'organisationID', 'name', 'shortName', 'activityType', 'city', 'country', 'organizationURL', 'role'] as const;

/** The other files of the CORDIS download: recognised, and left out on purpose. */
export const OTHER_CORDIS_FILES = ['euroscivoc', 'legalbasis', 'topics', 'webitem', 'weblink', 'policypriorities', 'projectdeliverables', 'projectpublications', 'reportsummaries'];

const code = z.string().regex(/^\d+$/, 'must be a number (the CORDIS id)');
const yearOf = z.unknown().transform((value, ctx) => {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const year = /^\s*(\d{4})/.exec(value);
  if (!year) ctx.addIssue({ code: 'custom', message: `"${value}" is not a date (CORDIS writes 2021-01-01)` });
  return year ? Number(year[1]) : undefined;
});

export const cordisProjectSchema = z.object({
  id: z.string().trim().pipe(code),
  acronym: field({ type: 'line' }),
  title: field({ type: 'line', required: true }, 'project'),
  status: field({ type: 'line' }),
  startDate: yearOf,
  endDate: yearOf,
  objective: field({ type: 'text' }),
});

const ACTIVITY_SECTORS: Record<string, Sector> = { HES: 'ACADEMIA', REC: 'ACADEMIA', PRC: 'PRIVATE', PUB: 'PUBLIC', OTH: 'OTHER' };

export const cordisOrganizationSchema = z.object({
  projectID: z.string().trim().pipe(code),
  organisationID: z.string().trim().pipe(code),
  name: field({ type: 'line', required: true }, 'organisation'),
  shortName: field({ type: 'line' }),
  activityType: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const key = (value ?? '').trim().toUpperCase();
      if (!key) return 'OTHER' as Sector;
      const sector = ACTIVITY_SECTORS[key];
      if (!sector) ctx.addIssue({ code: 'custom', message: `"${value}" is not a CORDIS activity type (HES, REC, PRC, PUB or OTH)` });
      return sector ?? 'OTHER';
    }),
  city: field({ type: 'line' }),
  country: field({ type: 'country' }),
  organizationURL: field({ type: 'line' }),
  role: field({ type: 'line' }),
});

/** CORDIS statuses in the atlas's words: SIGNED -> active, CLOSED -> completed, TERMINATED -> terminated. */
export function initiativeStatus(status: string | undefined): string | undefined {
  const map: Record<string, string> = { SIGNED: 'active', CLOSED: 'completed', TERMINATED: 'terminated' };
  return status ? (map[status.toUpperCase()] ?? status.toLowerCase()) : undefined;
}

/** Participation roles: the coordinator leads, everyone else (participant, third party, associated partner) is a partner. */
export const participationRole = (role: string | undefined) => (role?.toLowerCase() === 'coordinator' ? 'lead' : 'partner');

export const cordisProjectId = (id: string) => `cordis-project-${id}`;
export const cordisOrganisationId = (id: string) => `cordis-org-${id}`;
