import { describe, expect, it } from 'vitest';
import { slug } from './slug.ts';

describe('slug', () => {
  it('makes readable ids, the demo and every importer alike', () => {
    expect(slug('Straßen- & Grünflächenamt Köln')).toBe('strassen-and-gruenflaechenamt-koeln');
    // The seed's rule where it yields anything (so ids agree with the demo's); other scripts keep their letters.
    expect(slug('Elif Yılmaz')).toBe('elif-y-lmaz');
    expect(slug('Δήμος Αθηναίων')).toBe('δημος-αθηναιων');
    expect(slug(' ?! ')).toBe('');
  });
});
