import { describe, expect, it } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { answeredMediaType } from './fastPath.ts';
import { schema } from './schema.ts';

describe('answeredMediaType', () => {
  // Yoga itself decides the reference answer: its result processor picks the response's media type.
  const yoga = createYoga({ schema, logging: false, graphiql: false });
  const yogaPicks = async (accept: string | undefined) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept === undefined ? {} : { accept }) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.headers.get('content-type')?.split(';')[0] ?? null;
  };

  it.each([
    undefined,
    '',
    '*/*',
    'application/*',
    'application/json',
    'application/graphql-response+json',
    'application/graphql-response+json,application/json;q=0.9',
    'application/json, application/graphql-response+json',
    'APPLICATION/JSON; charset=utf-8',
    'application/json;charset=latin1, application/graphql-response+json',
  ])('picks what Yoga picks for Accept %j', async (accept) => {
    const picked = answeredMediaType(accept);
    expect(picked).not.toBeNull();
    expect(picked).toBe(await yogaPicks(accept));
  });

  it.each(['text/event-stream', 'multipart/mixed', 'application/json, text/event-stream', 'text/html', 'application/json;charset=latin1'])(
    'leaves Accept %j to Yoga',
    (accept) => {
      expect(answeredMediaType(accept)).toBeNull();
    },
  );
});
