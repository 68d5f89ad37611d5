import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SharedView } from '../exploreContract.ts';
import { SavedViewStore, SAVED_VIEWS_KEY } from './savedViews.ts';
import { decodeView, encodeView, MAX_CODE_LENGTH, MAX_VIEW_CODE, readViewCode, viewHref, ViewCodeError } from './viewCodec.ts';

const view: SharedView = {
  ids: ['ana-weber', 'citylab-berlin', 'smart-city', 'stadt,mit komma'],
  filters: { kinds: ['PERSON', 'INSTITUTION'], sectors: ['PUBLIC'], themeIds: ['data-governance'], years: [2015, 2021] },
  layout: 'concentric',
  positions: { 'ana-weber': { x: 10, y: -20 }, 'citylab-berlin': { x: 120, y: 40 } },
  selectedId: 'citylab-berlin',
  pinned: ['ana-weber'],
};

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
}

describe('view codes', () => {
  it('round-trips a view through a URL-safe code', () => {
    const { code, positionsDropped } = encodeView(view);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(positionsDropped).toBe(false);
    expect(decodeView(code)).toEqual(view);
  });

  it('rounds positions and leaves defaults out', () => {
    const plain: SharedView = { ids: ['a', 'ü-id'], filters: NO_FILTERS, layout: 'fcose', positions: { a: { x: 1.6, y: -2.4 } } };
    const decoded = decodeView(encodeView(plain).code);
    expect(decoded).toEqual({ ids: ['a', 'ü-id'], filters: NO_FILTERS, layout: 'fcose', positions: { a: { x: 2, y: -2 } } });
  });

  it('drops positions when the code would be too long, and keeps the ids', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `node-${i}`);
    const positions = Object.fromEntries(ids.map((id, i) => [id, { x: i * 1000.4, y: -i * 1000.7 }]));
    const big: SharedView = { ids, filters: NO_FILTERS, layout: 'fcose', positions };
    const { code, positionsDropped } = encodeView(big);
    expect(positionsDropped).toBe(true);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    const decoded = decodeView(code);
    expect(decoded.ids).toEqual(ids);
    expect(decoded.positions).toBeUndefined();
  });

  it('says what is wrong with a damaged code', () => {
    expect(() => decodeView('not a code!')).toThrow(ViewCodeError);
    expect(() => decodeView(encodeView(view).code.slice(0, 20))).toThrow(/cut short/);
    const unknownKind = btoa(JSON.stringify({ v: 1, i: ['a'], k: ['DRAGON'] })).replace(/=+$/, '');
    expect(() => decodeView(unknownKind)).toThrow(/unknown kind/);
  });

  it('reads the code from the query and writes the explorer URL', () => {
    const href = viewHref(view);
    expect(href.startsWith('/?view=')).toBe(true);
    expect(decodeView(readViewCode(href.slice(1))!)).toEqual(view);
    expect(readViewCode('?show=a,b')).toBeNull();
    expect(viewHref({ ids: [], filters: NO_FILTERS, layout: 'fcose' })).toBe('/');
  });

  it('keeps a canvas too big for a link out of the address, so a reload starts empty instead of failing', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `person-with-a-long-identifier-${i}`);
    const huge: SharedView = { ids, filters: NO_FILTERS, layout: 'fcose' };
    expect(encodeView(huge).code.length).toBeGreaterThan(MAX_VIEW_CODE);
    expect(viewHref(huge)).toBe('/');
    const big: SharedView = { ids: ids.slice(0, 1_500), filters: NO_FILTERS, layout: 'fcose' };
    expect(viewHref(big).length).toBeLessThanOrEqual(MAX_VIEW_CODE + '/?view='.length);
    expect(decodeView(readViewCode(viewHref(big).slice(1))!).ids).toHaveLength(1_500);
  });
});

describe('saved views', () => {
  it('saves, lists newest first, renames and deletes', () => {
    const store = new SavedViewStore(new MemoryStorage());
    const first = store.save('  Governance people ', view, new Date('2024-01-01T10:00:00Z'));
    store.save('Mobility', { ...view, layout: 'sector' }, new Date('2024-01-02T10:00:00Z'));
    expect(store.list().map((v) => v.name)).toEqual(['Mobility', 'Governance people']);
    expect(store.list()[1]?.view).toEqual(view);
    store.rename(first.id, 'Data governance');
    expect(store.list()[1]?.name).toBe('Data governance');
    store.remove(first.id);
    expect(store.list().map((v) => v.name)).toEqual(['Mobility']);
  });

  it('refuses an empty name and skips unreadable entries', () => {
    const storage = new MemoryStorage();
    const store = new SavedViewStore(storage);
    expect(() => store.save('   ', view)).toThrow(/name/);
    storage.setItem(SAVED_VIEWS_KEY, JSON.stringify([{ id: 'x', name: 'Broken', savedAt: '', code: '!!' }, { nonsense: true }]));
    expect(store.list()).toEqual([]);
    storage.setItem(SAVED_VIEWS_KEY, '{not json');
    expect(store.list()).toEqual([]);
  });
});
