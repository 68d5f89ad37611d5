import { describe, expect, it } from 'vitest';
import { noPathMessage, type EmptySearch } from './noPathMessage.ts';
import { MAX_PATH_LENGTH } from './paths.queries.ts';

const search: EmptySearch = { from: 'Anna Franke', to: 'Lena Vogel', maxLength: 1, restricted: false, throughHubs: false, hubs: 0 };

describe('noPathMessage', () => {
  it('suggests paths through hubs only where the graph has hubs', () => {
    expect(noPathMessage(search)).toBe('No path between Anna Franke and Lena Vogel within 1 step. Allow longer paths.');
    expect(noPathMessage({ ...search, hubs: 3 })).toBe(
      'No path between Anna Franke and Lena Vogel within 1 step that avoids hubs. Allow longer paths or paths through hubs.',
    );
    // Unknown (the count failed): as if there were some.
    expect(noPathMessage({ ...search, hubs: undefined })).toMatch(/that avoids hubs\. Allow longer paths or paths through hubs\.$/);
    expect(noPathMessage({ ...search, hubs: 3, throughHubs: true })).toBe('No path between Anna Franke and Lena Vogel within 1 step. Allow longer paths.');
  });

  it('lists what could find a path, and nothing that could not', () => {
    expect(noPathMessage({ ...search, maxLength: 3, restricted: true, hubs: 1 })).toBe(
      'No path between Anna Franke and Lena Vogel within 3 steps that avoids hubs. Allow longer paths, more kinds on the way or paths through hubs.',
    );
    expect(noPathMessage({ ...search, maxLength: MAX_PATH_LENGTH, restricted: true })).toMatch(/within 6 steps\. Allow more kinds on the way\.$/);
    expect(noPathMessage({ ...search, maxLength: MAX_PATH_LENGTH })).toBe(
      'No path between Anna Franke and Lena Vogel within 6 steps. Nothing in the atlas connects them that closely.',
    );
  });
});
