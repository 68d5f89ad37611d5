import path from 'node:path';
import type { NodeRecord } from '@atlas/schema';
import { CsvSyntaxError, columnKey, parseCsv, rowRecord, type CsvTable } from '../csvTable.ts';
import type { ImportFile } from '../importTypes.ts';
import type { RecordCollector } from '../RecordCollector.ts';
import { compact, zodReasons } from '../recordSchemas.ts';
import {
  OTHER_CORDIS_FILES,
  ORGANIZATION_COLUMNS,
  PROJECT_COLUMNS,
  cordisOrganisationId,
  cordisOrganizationSchema,
  cordisProjectId,
  cordisProjectSchema,
  initiativeStatus,
  participationRole,
} from './cordisSchema.ts';

const SOURCE = 'cordis';
type CordisFile = 'project' | 'organization' | 'other';

/** Which CORDIS file a header belongs to (project.csv, organization.csv), or null when it is none of them. */
export function cordisFileKind(header: readonly string[], name: string): CordisFile | null {
  const keys = new Set(header.map(columnKey));
  if (keys.has('projectid') && keys.has('organisationid')) return 'organization';
  if (keys.has('id') && keys.has('acronym') && keys.has('title') && (keys.has('objective') || keys.has('frameworkprogramme'))) return 'project';
  if (OTHER_CORDIS_FILES.includes(columnKey(path.basename(name).replace(/\.csv$/i, '')))) return 'other';
  return null;
}

const pick = (cells: Map<string, string>, columns: readonly string[]) => Object.fromEntries(columns.map((column) => [column, cells.get(columnKey(column))]));

/**
 * Reads CORDIS project data: project.csv rows become Initiatives (cordis-project-<id>),
 * organization.csv rows Institutions (cordis-org-<organisationID>, sector from activityType) that
 * take PARTICIPATES_IN their project (coordinator -> lead, others -> partner).
 */
export function readCordis(collector: RecordCollector, file: ImportFile): void {
  let table: CsvTable;
  try {
    table = parseCsv(file.content);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    collector.rowError({ file: file.name, line: error.line, kind: 'Initiative' }, null, error.message);
    return;
  }
  const kind = cordisFileKind(table.header, file.name);
  if (kind === 'other') {
    collector.warn({ file: file.name, line: null, kind: 'file' }, null, 'is a CORDIS file the atlas does not use (it reads project.csv and organization.csv): left out');
    return;
  }
  if (!kind) {
    collector.fileError(file.name, 'is not a CORDIS project.csv (id;acronym;status;title;…) or organization.csv (projectID;projectAcronym;organisationID;…): check you picked the right file');
    return;
  }
  const keys = table.header.map(columnKey);
  for (const row of table.rows) {
    const cells = rowRecord(keys, row);
    if (kind === 'project') {
      collector.row({ file: file.name, line: row.line, kind: 'Initiative' }, 'fill', (scope) => {
        const parsed = cordisProjectSchema.safeParse(pick(cells, PROJECT_COLUMNS));
        if (!parsed.success) return zodReasons(parsed.error).forEach(({ field, reason }) => scope.error(field, reason));
        const p = parsed.data;
        const initiative = compact({
          kind: 'Initiative', id: cordisProjectId(p.id), name: p.acronym ? `${p.acronym}: ${p.title}` : p.title, status: initiativeStatus(p.status),
          startYear: p.startDate, endYear: p.endDate, url: `https://cordis.europa.eu/project/id/${p.id}`, description: p.objective, source: SOURCE,
        });
        scope.node(initiative as NodeRecord, { mode: 'merge' });
      });
    } else {
      collector.row({ file: file.name, line: row.line, kind: 'Institution' }, 'fill', (scope) => {
        const parsed = cordisOrganizationSchema.safeParse(pick(cells, ORGANIZATION_COLUMNS));
        if (!parsed.success) return zodReasons(parsed.error).forEach(({ field, reason }) => scope.error(field, reason));
        const o = parsed.data;
        const institutionId = cordisOrganisationId(o.organisationID);
        const institution = compact({
          kind: 'Institution', id: institutionId, name: o.name!, sector: o.activityType, city: o.city, country: o.country, url: o.organizationURL,
          aliases: o.shortName && o.shortName.toLowerCase() !== o.name!.toLowerCase() ? [o.shortName] : undefined, source: SOURCE,
        });
        scope.node(institution as NodeRecord, { mode: 'merge' });
        scope.link({ type: 'PARTICIPATES_IN', from: institutionId, to: cordisProjectId(o.projectID), role: participationRole(o.role), source: SOURCE });
      });
    }
  }
}
