import { describe, expect, it } from 'vitest';
import type { Lookup } from '../db/importLookup.ts';
import { guessFormat, parseImport } from './parseImport.ts';
import { lookupRequest, resolveImport } from './resolveImport.ts';

const emptyLookup = (): Lookup => ({ byId: new Map(), byOrcid: new Map(), byDoi: new Map(), byRor: new Map(), themeByName: new Map(), institutionByName: new Map() });

describe('guessFormat', () => {
  it('tells the formats apart by name, first line and JSON shape', () => {
    expect(guessFormat({ name: 'people.csv', content: 'id,name\n' })).toBe('csv');
    expect(guessFormat({ name: 'AFFILIATED_WITH.csv', content: 'from,to\n' })).toBe('csv');
    expect(guessFormat({ name: 'Kontakte.csv', content: 'Name;Organisation;Sektor\n' })).toBe('contacts');
    expect(guessFormat({ name: 'organization.csv', content: '"projectID";"projectAcronym";"organisationID"\n' })).toBe('cordis');
    expect(guessFormat({ name: 'x.json', content: '' }, { nodes: [] })).toBe('json');
    expect(guessFormat({ name: 'x.json', content: '' }, { results: [{ id: 'https://openalex.org/W1' }] })).toBe('openalex');
    expect(guessFormat({ name: 'notes.csv', content: 'a,b\n' })).toBeNull();
  });
});

describe('resolveImport', () => {
  const people = { name: 'people.csv', content: 'id,name,orcid\np-1,Ada,0000-0002-1825-0097\np-2,Ada L.,0000-0002-1825-0097\n' };
  const links = { name: 'works_on.csv', content: 'from,to\np-1,theme-known\np-2,nowhere\n' };

  it('merges records that share a strong id, and reports links to unknown ids on their lines', () => {
    const { parsed } = parseImport([people, links]);
    const lookup = emptyLookup();
    lookup.byId.set('theme-known', { id: 'theme-known', kind: 'Theme', props: { id: 'theme-known', name: 'Known' } });
    const resolved = resolveImport(parsed, lookup);
    expect(resolved.merges).toEqual([{ kind: 'Person', id: 'p-2', into: 'p-1', on: 'orcid', file: 'people.csv', line: 3 }]);
    expect(resolved.dataset.nodes.map((n) => n.id)).toEqual(['p-1']);
    expect(resolved.dataset.links).toEqual([{ type: 'WORKS_ON', from: 'p-1', to: 'theme-known', source: 'csv:works_on.csv' }]);
    expect(resolved.errors).toMatchObject([{ file: 'works_on.csv', line: 3, field: 'to' }]);
    expect(resolved.known).toEqual(new Map([['theme-known', 'Theme']]));
  });

  it('joins an existing entity found by ORCID, keeping its id, source and the fields the import lacks', () => {
    const { parsed } = parseImport([{ name: 'people.csv', content: 'id,name,orcid\nA1,Ada Lovelace,0000-0002-1825-0097\n' }]);
    expect(lookupRequest(parsed).orcids).toEqual(['0000-0002-1825-0097']);
    const lookup = emptyLookup();
    lookup.byOrcid.set('0000-0002-1825-0097', 'person-ada');
    lookup.byId.set('person-ada', { id: 'person-ada', kind: 'Person', props: { id: 'person-ada', name: 'Ada', role: 'Analyst', source: 'manual', fingerprint: 'x' } });
    const resolved = resolveImport(parsed, lookup);
    expect(resolved.dataset.nodes).toEqual([{ kind: 'Person', id: 'person-ada', name: 'Ada Lovelace', role: 'Analyst', orcid: '0000-0002-1825-0097', source: 'manual' }]);
  });

  it('refuses an id that the atlas holds as another kind', () => {
    const { parsed } = parseImport([{ name: 'themes.csv', content: 'id,name\nclash,A theme\n' }]);
    const lookup = emptyLookup();
    lookup.byId.set('clash', { id: 'clash', kind: 'Paper', props: {} });
    expect(resolveImport(parsed, lookup).errors[0]!.reason).toMatch(/already a Paper/);
  });
});
