import { createServer, type Server } from 'node:net';

export class PortInUseError extends Error {}

const inUse = (port: number) =>
  new PortInUseError(`Port ${port} is already in use: stop the program using it, or start on another port, e.g. PORT=${port + 1} npm start`);

/** Fails fast, before the slow start of Neo4j, when the port is taken. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? inUse(port) : error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Listens and resolves with the port really bound (useful with PORT=0). */
export function listen(server: Server | import('node:http').Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? inUse(port) : error));
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export interface Drained {
  /** True when every request in flight finished; false when the grace period ran out first. */
  drained: boolean;
}

/** How often a closing server looks for keep-alive connections that have just gone idle. */
const IDLE_SWEEP_MS = 50;

/**
 * Stops accepting connections and lets requests in flight finish, for at most `graceMs`; then
 * closes the connections still open. Keep-alive connections close as soon as they are idle (a
 * request that finished does not hold shutdown for the keep-alive timeout), and a request that
 * still arrives on one is answered with `Connection: close`.
 */
export function close(server: import('node:http').Server, graceMs = 10_000): Promise<Drained> {
  return new Promise((resolve) => {
    let drained = true;
    const cutOff = setTimeout(() => {
      drained = false;
      server.closeAllConnections();
    }, graceMs);
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.on('request', (_req, res: import('node:http').ServerResponse) => res.setHeader('Connection', 'close'));
    server.close(() => {
      clearTimeout(cutOff);
      clearInterval(sweep);
      resolve({ drained });
    });
    server.closeIdleConnections();
  });
}
