import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { findJava } from '../../server/src/neo4j/java.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  loadAverage: number;
}

/** What the figures were measured on: they mean little without it. */
export async function describeMachine(driver: Driver): Promise<Machine> {
  let java = 'unknown';
  try {
    java = findJava().versionLine;
  } catch {
    // no Java is no reason to lose the other figures
  }
  const session = driver.session({ defaultAccessMode: 'READ' });
  let neo4j = 'unknown';
  try {
    const record = (await session.run('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition')).records[0];
    if (record) neo4j = `${record.get('name')} ${record.get('version')} ${record.get('edition')} (embedded)`;
  } finally {
    await session.close();
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java,
    neo4j,
    loadAverage: Number(os.loadavg()[0]!.toFixed(2)),
  };
}
