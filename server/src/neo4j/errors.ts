/**
 * The one error type of the embedded Neo4j: its message starts with one line a user can act on
 * (sometimes followed by the last lines of the launcher's output, for the curious).
 */
export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

/** Appended to messages that suggest the alternative to the embedded Neo4j. */
export const USE_YOUR_OWN = 'or set NEO4J_URI to use your own Neo4j.';
