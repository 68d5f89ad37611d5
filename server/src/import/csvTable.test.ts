import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, columnKey, parseCsv, rowRecord, sniffSeparator } from './csvTable.ts';

describe('parseCsv', () => {
  it('sniffs the separator from the header', () => {
    expect(sniffSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(sniffSeparator('\uFEFFa,b,"c;d"\n')).toBe(',');
    expect(sniffSeparator('a\tb\n')).toBe('\t');
    expect(sniffSeparator('single\n')).toBe(',');
  });

  it('reads a BOM, CRLF, quotes, escaped quotes and quoted line breaks, keeping each row\'s first line', () => {
    const table = parseCsv('\uFEFFid;name\r\n1;"Ada ""the first""\r\nLovelace"\r\n\r\n2; Bob \r\n;\r\n3;"x;y"');
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'Ada "the first"\r\nLovelace'] },
      { line: 5, cells: ['2', ' Bob '] },
      { line: 7, cells: ['3', 'x;y'] },
    ]);
  });

  it('names the line of a quote that never closes', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,2\n3,"open\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it('matches columns loosely', () => {
    const table = parseCsv('Consent Date,consent_source\n2024-01-01,form\n');
    expect([...rowRecord(table.header.map(columnKey), table.rows[0]!)]).toEqual([
      ['consentdate', '2024-01-01'],
      ['consentsource', 'form'],
    ]);
  });
});
