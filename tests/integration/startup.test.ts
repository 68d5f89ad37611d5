import { createServer } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/processes.ts';

const started: ServerProcess[] = [];
afterEach(async () => {
  for (const server of started.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
});
const start = (env: Record<string, string>) => {
  const server = startServerProcess({ ATLAS_SEED_DEMO: 'false', ...env });
  started.push(server);
  return server;
};

describe('the server process', () => {
  it('serves the API and the web app on one port, and stops cleanly on Ctrl-C', async () => {
    const neo4j = inject('neo4j');
    const port = await freePort();
    const server = start({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, PORT: String(port) });
    await server.waitFor(/ready at http:\/\/localhost:\d+\//);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes } }' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const graphiql = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/graphiql/i);
    // In the background, each of the web app's queries ran once (server/src/warmUp.ts), every one answering.
    const done = await server.waitFor(/\{[^\n]*"msg":"warm-up done[^\n]*\}/);
    expect((JSON.parse(done) as { requests: number }).requests).toBeGreaterThan(20);
    expect(server.output()).not.toMatch(/warm-up: a query failed|warm-up: queries without/);

    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it('names the address it tried when Neo4j is not there', async () => {
    const deadPort = await freePort();
    const server = start({ NEO4J_URI: `bolt://127.0.0.1:${deadPort}`, NEO4J_PASSWORD: 'x', PORT: String(await freePort()) });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${deadPort}`);
    expect(server.output()).toMatch(/Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('says what to do when the port is taken', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const server = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', PORT: String(port) });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Port ${port} is already in use`);
      expect(server.output()).toContain(`PORT=${port + 1} npm start`);
    } finally {
      blocker.close();
    }
  });

  it('explains a bad setting in one line', async () => {
    const server = start({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/NEO4J_URI=http:\/\/localhost:7474 is not a Neo4j address/);
  });
});
