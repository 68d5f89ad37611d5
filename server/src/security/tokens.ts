import { Lexer, Source, TokenKind } from 'graphql';

/**
 * The lexical tokens of a GraphQL document (names, punctuation, values; comments excepted), as
 * graphql-js counts them for its own `maxTokens`. A document that does not lex is counted up to
 * its first bad character: parsing reports that error.
 */
export function countTokens(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // a syntax error: the parser will name it
  }
  return count;
}
