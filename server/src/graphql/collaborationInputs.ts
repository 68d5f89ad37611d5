import type { CollaborationFilter } from '../db/collaboration.ts';
import { builder } from './builder.ts';
import { badInput } from './errors.ts';

/** The years a filter accepts; the descriptions state them, so clients (and the API fuzz) can see the range. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
const YEARS = `${FIRST_YEAR} to ${LAST_YEAR}`;
const yearDescriptions = {
  fromYear: `From this year on (things without a year drop out): ${YEARS}.`,
  toYear: `Up to this year: ${YEARS}.`,
};

const CollaborationFilterInput = builder.inputType('CollaborationFilter', {
  fields: (t) => ({
    themeId: t.id({ description: 'Only collaborations on this theme or its subthemes.' }),
    fromYear: t.int({ description: yearDescriptions.fromYear }),
    toYear: t.int({ description: yearDescriptions.toYear }),
  }),
});

const ActorLevelEnum = builder.enumType('ActorLevel', {
  values: { INSTITUTION: { value: 'institution' as const }, PERSON: { value: 'person' as const } },
});

const CollaborationKindEnum = builder.enumType('CollaborationKind', {
  values: {
    INITIATIVE: { description: 'Two institutions take part in the same initiative.' },
    PAPER: { description: 'Two people co-authored a paper.' },
    SESSION: { description: 'Two people spoke on the same session.' },
  },
});

function toFilter(input: { themeId?: string | number | null; fromYear?: number | null; toYear?: number | null } | null | undefined): CollaborationFilter {
  const fromYear = input?.fromYear ?? null;
  const toYear = input?.toYear ?? null;
  for (const [name, year] of [['fromYear', fromYear], ['toYear', toYear]] as const) {
    if (year !== null && (year < FIRST_YEAR || year > LAST_YEAR)) throw badInput(`${name} must be a year from ${YEARS}, got ${year}.`, name);
  }
  if (fromYear !== null && toYear !== null && fromYear > toYear) throw badInput(`fromYear (${fromYear}) is after toYear (${toYear}).`, 'fromYear');
  return { themeId: input?.themeId ? String(input.themeId) : null, fromYear, toYear };
}

/** The inputs and enums shared by the collaboration queries. */
export const analysisInputs = { CollaborationFilterInput, ActorLevelEnum, CollaborationKindEnum, toFilter, yearDescriptions };
