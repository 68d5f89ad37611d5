import type { EntityDetails } from './nodeDetails.queries.ts';

export interface Fact {
  label: string;
  value: string;
  href?: string;
}

const join = (...parts: Array<string | number | null | undefined>) => parts.filter((p) => p != null && p !== '').join(', ');
const range = (from: string | number | null, to: string | number | null) =>
  from != null && to != null && from !== to ? `${from} – ${to}` : String(from ?? to ?? '');
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** An entity's own fields as label/value rows; empty ones are left out. Long texts are the panel's lead, not facts. */
export function entityFacts(entity: EntityDetails): Fact[] {
  const facts = ((): Array<Fact | false> => {
    switch (entity.__typename) {
      case 'Person':
        return [
          { label: 'Role', value: entity.role ?? '' },
          { label: 'Country', value: entity.country ?? '' },
          { label: 'Keywords', value: entity.keywords.join(', ') },
        ];
      case 'Institution':
        return [
          { label: 'Location', value: join(entity.city, entity.country) },
          { label: 'Reach', value: entity.reach ? entity.reach.charAt(0) + entity.reach.slice(1).toLowerCase() : '' },
          { label: 'Also known as', value: entity.aliases.join(', ') },
          { label: 'Tags', value: entity.tags.join(', ') },
          !!entity.url && { label: 'Website', value: entity.url.replace(/^https?:\/\/(www\.)?/, ''), href: safeUrl(entity.url) },
        ];
      case 'Paper':
        return [
          { label: 'Year', value: entity.year != null ? String(entity.year) : '' },
          { label: 'Venue', value: entity.venue ?? '' },
          !!entity.doi && { label: 'DOI', value: entity.doi, href: `https://doi.org/${encodeURI(entity.doi)}` },
        ];
      case 'Theme':
        return [];
      case 'Initiative':
        return [
          { label: 'Status', value: entity.status ?? '' },
          { label: 'Years', value: range(entity.startYear, entity.endYear) },
          { label: 'Location', value: join(entity.city, entity.country) },
          !!entity.url && { label: 'Website', value: entity.url.replace(/^https?:\/\/(www\.)?/, ''), href: safeUrl(entity.url) },
        ];
      case 'Event':
        return [
          { label: 'Dates', value: range(entity.startDate, entity.endDate) },
          { label: 'City', value: entity.city ?? '' },
          !!entity.url && { label: 'Website', value: entity.url.replace(/^https?:\/\/(www\.)?/, ''), href: safeUrl(entity.url) },
        ];
      case 'Session':
        return [
          { label: 'Format', value: entity.sessionKind ?? '' },
          { label: 'Starts', value: entity.startsAt ? formatDateTime(entity.startsAt) : '' },
        ];
    }
  })();
  return facts.filter((fact): fact is Fact => !!fact && fact.value !== '');
}

/** The long text that leads the panel: a bio, an abstract, a description. */
export function entitySummary(entity: EntityDetails): string | null {
  switch (entity.__typename) {
    case 'Person':
      return entity.bio;
    case 'Paper':
      return entity.abstract;
    case 'Institution':
      return null;
    default:
      return entity.description;
  }
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hasTime = /T\d\d:\d\d/.test(iso);
  return date.toLocaleString('en-GB', {
    dateStyle: 'medium',
    ...(hasTime ? { timeStyle: 'short' } : {}),
  });
}
