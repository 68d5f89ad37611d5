import { describe, expect, it } from 'vitest';
import { candidate } from './panelFixtures.ts';
import { panelBalance } from './panelBalance.ts';
import { csvField, exportFileName, mdCell, panelToCsv, panelToMarkdown, type PanelExport } from './panelExport.ts';

const members = [
  candidate('ada', 'PUBLIC', 'senate', 'DE', 9.456, { why: '3 papers on Data governance (first author of 2), declared expertise' }),
  candidate('ben', 'ACADEMIA', null, null, 4, { person: { id: 'ben', label: 'Ben "the Prof" Okafor' }, why: 'talk | keynote\nand more' }),
];
const panel: PanelExport = {
  title: 'Panel: Data governance',
  members,
  balance: panelBalance(members),
  unmet: [{ constraint: 'SECTOR_COVERAGE', sector: 'PRIVATE', message: 'No one from Private sector.' }],
};

describe('csvField', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@sum')).toBe("'@sum");
  });
});

describe('panelToCsv', () => {
  it('writes a header and one row per member', () => {
    expect(panelToCsv(panel)).toBe(
      [
        'name,sector,institution,country,score,why',
        'Ada,Public administration,SENATE,DE,9.46,"3 papers on Data governance (first author of 2), declared expertise"',
        'Ben "the Prof" Okafor,Academia and research,,,4,"talk | keynote\nand more"',
      ]
        .map((line) => line.replace('Ben "the Prof" Okafor', '"Ben ""the Prof"" Okafor"'))
        .join('\r\n') + '\r\n',
    );
  });
});

describe('panelToMarkdown', () => {
  it('has a title, a table, the balance and what was not met', () => {
    expect(panelToMarkdown(panel)).toBe(`# Panel: Data governance

| # | Name | Sector | Institution | Country | Score | Why |
|---:|---|---|---|---|---:|---|
| 1 | Ada | Public administration | SENATE | DE | 9.46 | 3 papers on Data governance (first author of 2), declared expertise |
| 2 | Ben "the Prof" Okafor | Academia and research |  |  | 4 | talk \\| keynote and more |

## Balance

- Size: 2
- Sectors: Public administration 1 · Academia and research 1
- Countries: DE 1
- Institutions: 1
- New faces: 2 of 2
- Total score: 13.5

## Constraints not met

- No one from Private sector.
`);
  });

  it('gives the total as counted too where preferring new faces lowered it', () => {
    const spoke = [members[0]!, { ...members[1]!, spokeBefore: true, adjustedScore: 3 }];
    const lines = panelToMarkdown({ ...panel, members: spoke, balance: panelBalance(spoke) }).split('\n');
    expect(lines).toContain('- Total score: 13.5 (counts 12.5 after preferring new faces)');
    expect(lines).toContain('- New faces: 1 of 2');
  });

  it('escapes cells', () => {
    expect(mdCell('a|b\\c\r\n  d')).toBe('a\\|b\\\\c d');
  });
});

describe('exportFileName', () => {
  it('slugs the title', () => {
    expect(exportFileName('Panel: Daten­schutz & Öffentlichkeit')).toBe('panel-daten-schutz-offentlichkeit');
    expect(exportFileName('!!!')).toBe('panel');
  });
});
