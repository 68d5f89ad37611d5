import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedNeo4jError } from './errors.ts';
import { findJava, parseJavaMajorVersion } from './java.ts';

describe('parseJavaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['openjdk version "21.0.5" 2024-10-15 LTS\nOpenJDK Runtime Environment Temurin-21.0.5+11', 21],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "11.0.21" 2023-10-17', 11],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)', 8],
    ['openjdk version "1.8.0_412"', 8],
    ['openjdk version "23-ea" 2024-09-17', 23],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss2m\nopenjdk version "17.0.2" 2022-01-18', 17],
  ])('reads the major version from %j', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('gives null for output that is not a Java version', () => {
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeNull();
    expect(parseJavaMajorVersion('')).toBeNull();
  });
});

describe('findJava', () => {
  it('says what to install when there is no Java', () => {
    expect(() => findJava({ PATH: '/nonexistent' })).toThrow(
      'Java 17 or newer is needed for the embedded Neo4j: install it (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use your own Neo4j.',
    );
  });

  it('refuses a Java older than 17, and prefers JAVA_HOME', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'atlas-fake-java-'));
    try {
      await mkdir(path.join(home, 'bin'));
      const java = path.join(home, 'bin', 'java');
      await writeFile(java, '#!/bin/sh\necho \'openjdk version "11.0.21" 2023-10-17\' >&2\n', { mode: 0o755 });
      expect(() => findJava({ PATH: process.env.PATH, JAVA_HOME: home })).toThrow(EmbeddedNeo4jError);
      expect(() => findJava({ PATH: process.env.PATH, JAVA_HOME: home })).toThrow(/^Java 11 was found .*needs Java 17 or newer/);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
