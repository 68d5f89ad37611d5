import neo4j from 'neo4j-driver';
import { FULLTEXT_INDEX, PEOPLE_FULLTEXT_INDEX, type Kind, type Sector } from '@atlas/schema';
import type { Db } from './tx.ts';
import type { GraphNode } from './types.ts';
import { detailOf, sectorOf, visible } from './cypher.ts';
import { graphNodeOf } from './graphNode.ts';
import { forgivesMoreThan, searchWords, wordsQuery } from './lucene.ts';
import { matchedValueOf, searchMatchOf, wordsLacking, type MatchedValue, type SearchMatch } from './searchMatch.ts';

export interface SearchOptions {
  kinds?: readonly Kind[] | null;
  sectors?: readonly Sector[] | null;
  first: number;
}

export interface SearchHit {
  score: number;
  node: GraphNode;
  detail: string | null;
  /** Where the words the name or title lacks were found (searchMatch.ts); null when it holds them all. */
  matchedIn: SearchMatch | null;
}

// Without filters Lucene's own top-k is the answer, so the index is asked for `first` hits (and a
// few more: hidden people may take places). People alone (the person picker) come the same way
// from the people-only index. Other filters stream hits in score order until enough pass; a hit's
// sector is worked out only when a sector filter asks for it.
const SEARCH = /* cypher */ `
  CALL db.index.fulltext.queryNodes($index, $query, $options) YIELD node AS n, score
  WHERE ${visible('n')}
    AND ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
    AND ($sectors IS NULL OR ${sectorOf('n')} IN $sectors)
  WITH n, score ORDER BY score DESC, n.id ASC LIMIT $first
  WITH n, score, ${wordsLacking('n')} AS lacks
  RETURN score, ${graphNodeOf('n')} AS node, ${detailOf('n')} AS detail, ${matchedValueOf('n', 'lacks')} AS matched`;

/** Typos a word may have in the first ask; the second (only when the first finds too few) forgives up to two. */
export const FIRST_ASK_TYPOS = 1;

/**
 * Fulltext search over every kind, ranked by score; see lucene.ts for what a query matches. A
 * second typo in a long word is forgiven only when one typo finds fewer than `first` hits: the
 * second ask costs a statement more, the first alone spares every other search 4–6 ms at scale M.
 */
export async function search(db: Db, text: string, options: SearchOptions): Promise<SearchHit[]> {
  const words = searchWords(text);
  const firstAsk = wordsQuery(words, FIRST_ASK_TYPOS);
  if (firstAsk === null) return [];
  const secondAsk = forgivesMoreThan(words, FIRST_ASK_TYPOS) ? wordsQuery(words) : null;
  const kinds = options.kinds?.length ? options.kinds : null;
  const sectors = options.sectors?.length ? options.sectors : null;
  const peopleOnly = !sectors && kinds !== null && kinds.every((kind) => kind === 'Person');
  const topK = peopleOnly || (!kinds && !sectors);
  return db.read(async (tx) => {
    const ask = async (query: string): Promise<SearchHit[]> => {
      const result = await tx.run(SEARCH, {
        index: peopleOnly ? PEOPLE_FULLTEXT_INDEX : FULLTEXT_INDEX,
        query,
        options: topK ? { limit: neo4j.int(options.first * 2 + 10) } : {},
        kinds: peopleOnly ? null : kinds,
        sectors,
        first: neo4j.int(options.first),
        words,
      });
      return result.records.map((record) => ({
        score: Number(record.get('score')),
        node: record.get('node') as GraphNode,
        detail: (record.get('detail') as string | null) ?? null,
        matchedIn: searchMatchOf(record.get('matched') as MatchedValue, words),
      }));
    };
    const hits = await ask(firstAsk);
    return secondAsk !== null && hits.length < options.first ? ask(secondAsk) : hits;
  });
}
