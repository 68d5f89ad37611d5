/**
 * The raw material of the fuzz: values chosen to break parsers, query builders and limits. Every
 * string here is also looked for in the database afterwards (see strayCheck), so keep the pools
 * finite and deterministic.
 */

/** Strings that escape, inject, overflow or confuse (Lucene, Cypher, JSON, CSV, Unicode). */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\n\r\t',
  'x'.repeat(10_000),
  'data '.repeat(2_000), // thousands of search terms: more clauses than Lucene allows
  'a* '.repeat(500),
  'Zivilgesellschaft Ünïcödé 日本語 デジタル',
  '👩‍👩‍👧‍👦🏳️‍🌈🙂',
  '\u202Eevil\u202C',
  'مدينة رقمية',
  '" OR 1=1',
  "' OR '1'='1",
  '*',
  '?',
  '~',
  '~2',
  '\\',
  '\\\\"',
  'AND',
  'OR NOT',
  '&& ||',
  '"unbalanced',
  '(unbalanced',
  'unbalanced)',
  '[1 TO',
  '{*}',
  'name:*',
  'id:/.*/',
  '/regex/',
  '^2',
  '+-&&||!(){}[]^"~*?:\\/',
  "'}) MATCH (n) DETACH DELETE n //",
  '") DETACH DELETE n RETURN 1 //',
  '`) MATCH (n) SET n.hacked = true //',
  '$rows',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '%s%n%x',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'null',
  'NaN',
  '-1',
  '1e309',
  'data governance',
  'citiz',
  'goverance',
];

/** Texts for a file's content: broken or empty CSV and JSON, wrapped around the hostile strings. */
export const HOSTILE_FILE_CONTENTS: readonly string[] = [
  '',
  '{',
  '[]',
  'null',
  '{"nodes": [{"kind": "Person"}], "links": "x"}',
  '{"nodes": [{"kind": "Person", "id": "fuzz-person", "name": "Fuzz"}], "links": [{"type": "AUTHORED", "from": "fuzz-person", "to": "nowhere"}]}',
  '{"results": [{"id": "https://openalex.org/Wfuzz", "title": null, "authorships": [{}]}]}',
  'id,name\n',
  'id,name\nfuzz-1,"unterminated\n',
  'id,name,sector\nfuzz-2,Fuzz Org,NOT_A_SECTOR\n',
  'name,organisation,sector,role,country,themes\nFuzz Person,Fuzz Org,Öffentlich,,,\n',
  `id,name\n${'fuzz-x,'.repeat(5_000)}\n`,
  'projectID;acronym;title\n;;\n',
  '\uFEFF\uFEFFid,name\nfuzz-3,Bom\n',
];

/** Ids nothing has (or could have): unknown, malformed, and other kinds' id schemes. */
export const UNKNOWN_IDS: readonly string[] = [
  'fuzz-unknown',
  'person-does-not-exist',
  'https://orcid.org/0000-0000-0000-0000',
  '10.1234/fuzz',
  'W0',
  '0',
  '-1',
];

/** Whole numbers at the edges: zero, signs, the limits of GraphQL's 32-bit Int. */
export const EDGE_INTS: readonly number[] = [0, 1, -1, 2, 3, 7, 10, 100, 1_000, 10_000, 2_147_483_647, -2_147_483_648, 1990, 2021, 2100];

/** Floats at the edges: zero, tiny, huge, just off whole numbers. */
export const EDGE_FLOATS: readonly number[] = [0, -0, 1, -1, 0.5, 0.999999, 1.000001, 1e-12, 1e300, -1e300, 2_147_483_648.5];
