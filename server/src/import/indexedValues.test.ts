import type { LinkRecord, NodeRecord } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { MAX_INDEXED_LENGTH, indexProblems } from './indexedValues.ts';

const long = (prefix: string) => prefix + 'x'.repeat(MAX_INDEXED_LENGTH + 1 - prefix.length);
const person = (props: Record<string, unknown>) => ({ kind: 'Person', id: 'person-a', name: 'A', ...props }) as unknown as NodeRecord;

describe('indexProblems', () => {
  it('passes values up to the limit, and long values of properties the database does not index', () => {
    const atLimit = 'x'.repeat(MAX_INDEXED_LENGTH);
    expect(indexProblems([person({ id: atLimit, source: atLimit, bio: 'b'.repeat(50_000), name: long('name-') })], [])).toEqual([]);
  });

  it('names each indexed value past the limit by field, with its length and how it starts', () => {
    const problems = indexProblems([person({ id: long('person-'), source: long('contacts:') })], []);
    expect(problems.map((p) => p.field)).toEqual(['id', 'source']);
    expect(problems[0]!.reason).toBe(`is 1001 characters long ("person-${'x'.repeat(33)}…"): the database indexes id, which holds at most 1000 characters; shorten it`);
  });

  it('checks the ends of relationships, naming a long id once even when a link repeats it', () => {
    const id = long('person-');
    const link = { type: 'AFFILIATED_WITH', from: id, to: long('inst-') } as LinkRecord;
    expect(indexProblems([person({ id })], [link]).map((p) => p.field)).toEqual(['id', 'to']);
  });
});
