import path from 'node:path';
import { EmbeddedNeo4jError } from './errors.ts';

/**
 * JVM flags Neo4j 5 itself runs with (server.jvm.additional in its neo4j.conf, and the list
 * neo4j-admin's config migrator recommends): Java 17 must open these packages to Neo4j and Netty.
 * Not -XX:+TrustFinalNonStaticFields: Neo4j's docs say never to use it when embedded.
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError', // a child that ran out of memory should die, not limp on
  '-Dfile.encoding=UTF-8',
  // JVM warnings to stderr, so stdout carries only the launcher's READY line.
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

export const LAUNCHER_CLASS = 'atlas.neo4j.Launcher';

/** "512m", "1g", "65536k" (what -Xmx and the launcher's --page-cache both accept). */
export function checkSize(what: string, value: string): string {
  if (!/^[1-9]\d*[kmg]?$/i.test(value)) {
    throw new EmbeddedNeo4jError(`The embedded Neo4j's ${what} must look like 512m or 1g, not "${value}".`);
  }
  return value;
}

export interface LauncherArgsInput {
  jar: string;
  libDir: string;
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  /** Class data sharing flags (see cds.ts), may be empty. */
  extraJvmFlags?: readonly string[];
}

/** The arguments after `java`. The password is not here: it goes in the environment. */
export function launcherArgs(input: LauncherArgsInput): string[] {
  const heap = checkSize('heap', input.heap);
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...NEO4J_JVM_FLAGS,
    ...(input.extraJvmFlags ?? []),
    '-cp',
    // Java expands dir/* to the jars in dir itself.
    [input.jar, path.join(input.libDir, '*')].join(path.delimiter),
    LAUNCHER_CLASS,
    '--data',
    input.dataDir,
    '--port',
    String(input.port),
    '--page-cache',
    checkSize('page cache', input.pageCache),
  ];
}
