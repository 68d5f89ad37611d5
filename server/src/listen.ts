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

/** Stops accepting connections and waits for requests in flight, closing idle keep-alive sockets. */
export function close(server: import('node:http').Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
