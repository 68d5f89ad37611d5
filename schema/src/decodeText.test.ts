import { describe, expect, it } from 'vitest';
import { decodeText } from './textFormats.ts';

describe('decodeText', () => {
  it('reads UTF-8, keeping a BOM for the parsers to strip', () => {
    const bytes = Buffer.from('\uFEFFName;Land\nGünter Schäfer;Deutschland\n', 'utf8');
    expect(decodeText(bytes)).toEqual({ content: '\uFEFFName;Land\nGünter Schäfer;Deutschland\n', encoding: 'utf-8' });
  });

  it('reads what is not UTF-8 as Windows-1252, as an older Excel saves a CSV', () => {
    // "Günter Schäfer;öffentlich;Renée" in Windows-1252: one byte a letter, invalid as UTF-8.
    const bytes = Buffer.from([0x47, 0xfc, 0x6e, 0x74, 0x65, 0x72, 0x20, 0x53, 0x63, 0x68, 0xe4, 0x66, 0x65, 0x72, 0x3b, 0xf6, 0x66, 0x66, 0x65, 0x6e, 0x74, 0x6c, 0x69, 0x63, 0x68, 0x3b, 0x52, 0x65, 0x6e, 0xe9, 0x65]);
    expect(decodeText(bytes)).toEqual({ content: 'Günter Schäfer;öffentlich;Renée', encoding: 'windows-1252' });
  });
});
