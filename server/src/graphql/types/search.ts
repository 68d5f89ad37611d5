import { search, type SearchHit } from '../../db/search.ts';
import { MAX_WORDS } from '../../db/lucene.ts';
import { MATCH_FIELDS, type MatchField, type SearchMatch } from '../../db/searchMatch.ts';
import { builder } from '../builder.ts';
import { EntityKind, SectorEnum } from '../enums.ts';
import { checkRange } from '../errors.ts';
import { GraphNodeRef } from './graph.ts';

const SearchField = builder.enumType('SearchField', {
  description: 'An indexed property besides names and titles, where a search word was found.',
  values: Object.fromEntries(MATCH_FIELDS.map((field) => [field.toUpperCase(), { value: field }])) as Record<Uppercase<MatchField>, { value: MatchField }>,
});

const SearchMatchRef = builder.objectRef<SearchMatch>('SearchMatch').implement({
  description: 'Where a hit matched beyond its name or title.',
  fields: (t) => ({
    field: t.field({ type: SearchField, resolve: (match) => match.field }),
    text: t.exposeString('text', {
      description: 'The matching keywords, tags or aliases (joined by ", "), or an excerpt of the description or abstract around the first match, "…" where text was left out.',
    }),
  }),
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Relevance; higher is better. Comparable within one result list only.' }),
    node: t.field({ type: GraphNodeRef, resolve: (hit) => hit.node }),
    detail: t.exposeString('detail', {
      nullable: true,
      description: "A short second line: a person's role and institution, a paper's year and venue, ...",
    }),
    matchedIn: t.field({
      type: SearchMatchRef,
      nullable: true,
      description:
        'Where the words that the name or title lacks were found, literally or as a prefix: the first of keywords, tags, aliases, description and abstract that holds one. ' +
        'Null when the name or title holds every word, or when a word matched only with a typo.',
      resolve: (hit) => hit.matchedIn,
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Fulltext search over names, titles, keywords, tags, abstracts and descriptions of every kind, ranked. ' +
      'Every word must match, exactly, as a prefix, or (in names, titles, keywords, tags and aliases) with a typo (a second typo in a word of eight letters or more when one finds fewer than `first` hits); ' +
      `words are letters and digits, each counted once, and only the first ${MAX_WORDS} are looked for (enough for a pasted title). \`sectors\` keeps institutions of those ` +
      'sectors and people affiliated with them.',
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKind] }),
      sectors: t.arg({ type: [SectorEnum] }),
      first: t.arg.int({ defaultValue: 10, description: '1 to 50.' }),
    },
    resolve: (_root, args, ctx) =>
      search(ctx.db, args.query, { kinds: args.kinds, sectors: args.sectors, first: checkRange('first', args.first ?? 10, 1, 50) }),
  }),
);
