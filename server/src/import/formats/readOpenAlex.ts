import { slug, type LinkRecord, type NodeRecord } from '@atlas/schema';
import type { ImportFile } from '../importTypes.ts';
import { elementLines } from '../jsonLines.ts';
import { ValueError, cleanLine, cleanText, normalizeCountry, normalizeDoi, normalizeOrcid, normalizeRor } from '../normalize.ts';
import type { RecordCollector, RowScope } from '../RecordCollector.ts';
import { compact, zodReasons } from '../recordSchemas.ts';
import { abstractFromIndex, openAlexId, openAlexWorkSchema, sectorOfOpenAlexType } from './openAlexSchema.ts';

const SOURCE = 'openalex';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The works of an OpenAlex answer: { results: [...] } as the API pages it, or a plain list of works. */
export function openAlexWorks(data: unknown): { works: unknown[]; key: string } | null {
  if (isObject(data) && Array.isArray(data.results)) return { works: data.results, key: 'results' };
  if (Array.isArray(data)) return { works: data, key: '' };
  if (isObject(data) && typeof data.id === 'string' && /openalex\.org\/W/i.test(data.id)) return { works: [data], key: 'single' };
  return null;
}

/** True when the data looks like OpenAlex works (ids https://openalex.org/W…). */
export function looksLikeOpenAlex(data: unknown): boolean {
  const first = openAlexWorks(data)?.works[0];
  return isObject(first) && typeof first.id === 'string' && /openalex\.org\/W\d+/i.test(first.id);
}

/** A strong id that fails its check is dropped with a warning: the work itself is still good. */
function strongId(scope: RowScope, field: string, value: string | null | undefined, normalize: (v: string) => string): string | undefined {
  if (!value) return undefined;
  try {
    return normalize(value);
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    scope.warn(field, `${error.message}: left out`);
    return undefined;
  }
}

/**
 * Reads OpenAlex works: a work becomes a Paper (id W…, doi), each authorship a Person (id A…,
 * orcid) who AUTHORED it at their position, their institutions (id I…, ror) with a sector from the
 * OpenAlex type, linked by AFFILIATED_WITH; topics become Themes matched by name; references
 * between imported works become CITES.
 */
export function readOpenAlex(collector: RecordCollector, file: ImportFile, data: unknown): void {
  const found = openAlexWorks(data);
  if (!found) {
    collector.fileError(file.name, 'is not an OpenAlex answer: expected { "results": [works…] } or a list of works, as https://api.openalex.org/works returns them');
    return;
  }
  const lines = elementLines(file.content).get(found.key) ?? [];
  found.works.forEach((element, index) => {
    collector.row({ file: file.name, line: found.key === 'single' ? 1 : (lines[index] ?? null), kind: 'Paper' }, 'fill', (scope) => {
      const parsed = openAlexWorkSchema.safeParse(element);
      if (!parsed.success) {
        for (const { field, reason } of zodReasons(parsed.error)) scope.error(field, reason);
        return;
      }
      const work = parsed.data;
      const paperId = openAlexId(work.id);
      const title = cleanLine(work.title ?? work.display_name ?? '');
      if (!title) scope.warn('title', 'is empty: the paper is titled by its id');
      const paper = compact({
        kind: 'Paper', id: paperId, title: title || `Untitled work ${paperId}`, year: work.publication_year ?? undefined,
        doi: strongId(scope, 'doi', work.doi, normalizeDoi),
        venue: cleanLine(work.primary_location?.source?.display_name ?? work.host_venue?.display_name ?? '') || undefined,
        abstract: abstractFromIndex(work.abstract_inverted_index) && cleanText(abstractFromIndex(work.abstract_inverted_index)!), source: SOURCE,
      });
      scope.node(paper as NodeRecord, { mode: 'merge' });

      (work.authorships ?? []).forEach((authorship, position) => {
        const author = authorship.author;
        const name = cleanLine(author?.display_name ?? authorship.raw_author_name ?? '');
        if (!author?.id || !name) return scope.warn(`authorships.${position}`, 'has no OpenAlex author id or name: left out');
        const personId = openAlexId(author.id);
        const institutions = (authorship.institutions ?? []).filter((i) => i.id && cleanLine(i.display_name ?? ''));
        const country = institutions[0]?.country_code ?? authorship.countries?.[0];
        scope.node(
          compact({ kind: 'Person', id: personId, name, orcid: strongId(scope, `authorships.${position}.author.orcid`, author.orcid, normalizeOrcid), country: country ? normalizeCountry(country) : undefined, source: SOURCE }) as NodeRecord,
          { mode: 'merge' },
        );
        scope.link({ type: 'AUTHORED', from: personId, to: paperId, position: position + 1, source: SOURCE });
        for (const institution of institutions) {
          const institutionId = openAlexId(institution.id!);
          scope.node(
            compact({
              kind: 'Institution', id: institutionId, name: cleanLine(institution.display_name!), sector: sectorOfOpenAlexType(institution.type),
              ror: strongId(scope, `authorships.${position}.institutions.ror`, institution.ror, normalizeRor),
              country: institution.country_code ? normalizeCountry(institution.country_code) : undefined, source: SOURCE,
            }) as NodeRecord,
            { mode: 'merge' },
          );
          scope.link({ type: 'AFFILIATED_WITH', from: personId, to: institutionId, source: SOURCE });
        }
      });

      for (const topic of work.topics ?? []) {
        const name = cleanLine(topic.display_name);
        if (!name) continue;
        const themeId = `theme-${slug(name)}`;
        scope.node({ kind: 'Theme', id: themeId, name, source: SOURCE }, { mode: 'merge', matchByName: true });
        scope.link({ type: 'ADDRESSES', from: paperId, to: themeId, source: SOURCE });
      }
      for (const cited of work.referenced_works ?? []) {
        // Only works that are imported too (or already known) are linked; the rest are quietly left out.
        scope.link({ type: 'CITES', from: paperId, to: openAlexId(cited), source: SOURCE } satisfies LinkRecord, { optional: true });
      }
    });
  });
}
