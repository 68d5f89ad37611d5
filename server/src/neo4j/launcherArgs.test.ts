import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedNeo4jError } from './errors.ts';
import { checkSize, launcherArgs, NEO4J_JVM_FLAGS } from './launcherArgs.ts';

const input = { jar: '/r/neo4j/target/atlas.jar', libDir: '/r/neo4j/target/lib', dataDir: '/d', port: 7999, heap: '512m', pageCache: '64m' };

describe('launcherArgs', () => {
  it('sets the heap, the flags Neo4j needs on Java 17, the classpath and the launcher options', () => {
    const args = launcherArgs({ ...input, extraJvmFlags: ['-XX:SharedArchiveFile=/x.jsa'] });
    expect(args.slice(0, 2)).toEqual(['-Xms512m', '-Xmx512m']);
    expect(args).toEqual(expect.arrayContaining([...NEO4J_JVM_FLAGS, '-XX:SharedArchiveFile=/x.jsa']));
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args[args.indexOf('-cp') + 1]).toBe(`/r/neo4j/target/atlas.jar${path.delimiter}/r/neo4j/target/lib/*`);
    expect(args.slice(args.indexOf('atlas.neo4j.Launcher'))).toEqual([
      'atlas.neo4j.Launcher', '--data', '/d', '--port', '7999', '--page-cache', '64m',
    ]);
  });

  it('never puts a password on the command line', () => {
    expect(launcherArgs(input).join(' ')).not.toMatch(/pass/i);
  });
});

describe('checkSize', () => {
  it.each(['512m', '1g', '1G', '65536k', '1048576'])('accepts %s', (size) => {
    expect(checkSize('heap', size)).toBe(size);
  });

  it.each(['', '0', '512 m', '512mb', '-1g', '1.5g', '512m; rm -rf /'])('refuses %j with a clear error', (size) => {
    expect(() => checkSize('heap', size)).toThrow(EmbeddedNeo4jError);
    expect(() => checkSize('heap', size)).toThrow(/heap must look like 512m/);
  });
});
