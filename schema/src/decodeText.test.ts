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

  it('reads an ArrayBuffer as the import page hands it over (FileReader), either way', () => {
    const buffer = (values: number[]) => new Uint8Array(values).buffer;
    expect(decodeText(buffer([0xef, 0xbb, 0xbf, 0x42, 0xc3, 0xbc]))).toEqual({ content: '\uFEFFBü', encoding: 'utf-8' });
    // "Bürger;é" in Windows-1252 (ü is 0xFC, é is 0xE9): a lone byte above 0x7F is never valid UTF-8.
    expect(decodeText(buffer([0x42, 0xfc, 0x72, 0x67, 0x65, 0x72, 0x3b, 0xe9]))).toEqual({ content: 'Bürger;é', encoding: 'windows-1252' });
  });
});
