import path from 'node:path';
import { slug, type LinkRecord, type NodeRecord } from '@atlas/schema';
import { CsvSyntaxError, columnKey, parseCsv, rowRecord, type CsvTable } from '../csvTable.ts';
import type { ImportFile } from '../importTypes.ts';
import { cleanLine } from '../normalize.ts';
import type { RecordCollector } from '../RecordCollector.ts';
import { compact, zodReasons } from '../recordSchemas.ts';
import { CONTACT_COLUMNS, CONTACT_DETAIL_COLUMNS, contactRowSchema, type ContactColumn } from './contactsSchema.ts';

/** Column key -> the contact field it fills. */
const COLUMN_OF = new Map<string, ContactColumn>(
  (Object.entries(CONTACT_COLUMNS) as Array<[ContactColumn, readonly string[]]>).flatMap(([column, names]) => names.map((name) => [columnKey(name), column] as const)),
);

/** `<prefix>-<slug of text>`, or null when the text has no letter or digit to make an id from ("inst-" would be shared by all such names). */
const idFrom = (prefix: string, text: string): string | null => {
  const part = slug(text);
  return part ? `${prefix}-${part}` : null;
};

/** True when a header looks like a contacts sheet: a name and an organisation column. */
export function looksLikeContacts(header: readonly string[]): boolean {
  const columns = new Set(header.map((name) => COLUMN_OF.get(columnKey(name))));
  return (columns.has('name') || columns.has('lastName')) && (columns.has('organisation') || columns.has('themes') || columns.has('sector'));
}

/**
 * Reads a contacts sheet: one row a person (id person-<slug of the name>), their organisation an
 * Institution (inst-<slug>, matched by name or alias to one the atlas knows), their themes matched
 * to existing themes by name (case-insensitive) or created as theme-<slug>.
 */
export function readContacts(collector: RecordCollector, file: ImportFile): void {
  let table: CsvTable;
  try {
    table = parseCsv(file.content);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    collector.rowError({ file: file.name, line: error.line, kind: 'Person' }, null, error.message);
    return;
  }
  const headerOrigin = { file: file.name, line: table.headerLine, kind: 'Person' };
  const details = table.header.filter((name) => CONTACT_DETAIL_COLUMNS.includes(columnKey(name)));
  if (details.length) collector.warn(headerOrigin, details.join(', '), 'contact details are not imported: the atlas keeps no e-mail addresses, phone numbers or postal addresses');
  for (const name of table.header) {
    if (name && !COLUMN_OF.has(columnKey(name)) && !CONTACT_DETAIL_COLUMNS.includes(columnKey(name))) collector.warn(headerOrigin, name, 'is not a contacts column: ignored');
  }
  if (!looksLikeContacts(table.header)) {
    collector.fileError(file.name, `is not a contacts sheet: its first line needs a name column and an organisation column (found: ${table.header.join(', ') || 'nothing'})`, 'Person');
    return;
  }

  const source = `contacts:${path.basename(file.name)}`;
  const keys = table.header.map(columnKey);
  for (const row of table.rows) {
    const cells = rowRecord(keys, row);
    const raw: Record<string, string | undefined> = {};
    for (const [key, value] of cells) {
      const column = COLUMN_OF.get(key);
      if (column && !raw[column]) raw[column] = value;
    }
    if (!cleanLine(raw.name ?? '') && (raw.firstName || raw.lastName)) raw.name = `${raw.firstName ?? ''} ${raw.lastName ?? ''}`;

    collector.row({ file: file.name, line: row.line, kind: 'Person' }, 'strict', (scope) => {
      const parsed = contactRowSchema.safeParse(raw);
      if (!parsed.success) {
        for (const { field, reason } of zodReasons(parsed.error)) scope.error(field, reason);
        return;
      }
      const contact = parsed.data;
      const name = contact.name!;
      const personId = contact.id ?? idFrom('person', name);
      if (!personId) return scope.error('name', `"${name}" has no letters or digits to make an id from: add an id column`);
      const person = compact({
        kind: 'Person', id: personId, name, role: contact.role, country: contact.country, orcid: contact.orcid, keywords: contact.keywords,
        bio: contact.bio, visibility: contact.visibility, consentSource: contact.consentSource, consentDate: contact.consentDate, source,
      }) as NodeRecord;
      // A person in two organisations has a role in each (kept on each affiliation): the person keeps the first.
      scope.node(person, { mode: 'merge', firstWins: ['role'] });

      if (contact.organisation) {
        const institutionId = idFrom('inst', contact.organisation);
        if (!institutionId) return scope.error('organisation', `"${contact.organisation}" has no letters or digits to make an id from: correct the name`);
        const institution = compact({ kind: 'Institution', id: institutionId, name: contact.organisation, sector: contact.sector, city: contact.city, url: contact.url, source });
        // A blank sector is fine for an organisation the atlas knows; a new one is created as OTHER.
        scope.node(institution as NodeRecord, { mode: 'merge', matchByName: true, ...(contact.sector ? {} : { defaults: { sector: 'OTHER' } }) });
        scope.link(compact<LinkRecord>({ type: 'AFFILIATED_WITH', from: personId, to: institutionId, role: contact.role, source }));
      } else if (contact.sector) {
        scope.warn('sector', 'is given but the organisation is empty: the sector belongs to an organisation, so it is ignored');
      }
      for (const theme of contact.themes ?? []) {
        const themeId = idFrom('theme', theme);
        if (!themeId) return scope.error('themes', `"${theme}" has no letters or digits to make an id from: correct the theme`);
        scope.node({ kind: 'Theme', id: themeId, name: theme, source }, { mode: 'merge', matchByName: true });
        scope.link({ type: 'WORKS_ON', from: personId, to: themeId, source });
      }
    });
  }
}
