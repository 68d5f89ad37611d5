import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it, onTestFinished } from 'vitest';
import { canonicalDocument, manifestEntry, readManifest, sha256 } from './operationManifest.ts';

describe('persisted operation manifests', () => {
  it('spell a document one way, whatever __typename fields and definition order a client adds', () => {
    const source = parse('query Q { node(id: "x") { ...F } } fragment F on Entity { id }');
    const asApolloSends = parse('fragment F on Entity { id __typename } query Q { node(id: "x") { ...F __typename } }');
    expect(canonicalDocument(asApolloSends)).toBe(canonicalDocument(source));
    expect(canonicalDocument(parse('query Q { node(id: "y") { id } }'))).not.toBe(canonicalDocument(source));
  });

  it('name each entry by the SHA-256 of its canonical document', () => {
    const entry = manifestEntry(parse('query Stats { stats { nodes } }'));
    expect(entry).toMatchObject({ name: 'Stats', type: 'query' });
    expect(entry.id).toBe(sha256(entry.body));
    expect(() => manifestEntry(parse('{ stats { nodes } }'))).toThrow(/named operation/);
  });

  it('read back by id, with a clear error for a missing or foreign file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'atlas-manifest-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const entry = manifestEntry(parse('query Stats { stats { nodes } }'));
    const file = path.join(folder, 'ops.json');
    await writeFile(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [entry] }));
    expect(readManifest(file).get(entry.id)).toBe(entry.body);
    expect(() => readManifest(path.join(folder, 'none.json'))).toThrow(/does not exist\. Build it with npm run build/);
    await writeFile(file, '{"a": 1}');
    expect(() => readManifest(file)).toThrow(/is not a persisted operations manifest/);
  });
});
