/** How a file's bytes were read. */
export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * A file's text: UTF-8 when its bytes are valid UTF-8, else Windows-1252, which an older Excel
 * ("CSV (Trennzeichen-getrennt)") writes. Read as UTF-8, such a file turns "Günter" into "G�nter",
 * and the broken name would be stored as a new person. The import page reads uploads the same way.
 */
export function decodeText(bytes: Uint8Array): { content: string; encoding: TextEncoding } {
  try {
    // ignoreBOM keeps a BOM in the text, as readFile(…, 'utf8') did: the parsers strip it.
    return { content: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { content: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
