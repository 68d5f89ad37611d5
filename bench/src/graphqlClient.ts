import { Agent, request } from 'node:http';

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * A minimal keep-alive GraphQL client over node:http: fetch() costs a few hundred microseconds a
 * request on the client side, which would be charged to the API. One agent per load, with as many
 * sockets as connections, so each worker keeps its own connection.
 */
export function graphqlClient(url: string, connections: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const target = new URL(url);
  return {
    /** Resolves with the body; rejects on a non-200 status or a response with errors. */
    post(body: GraphqlRequest): Promise<string> {
      const payload = JSON.stringify(body);
      return new Promise((resolve, reject) => {
        const req = request(
          { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              // A GraphQL error must not pass as a fast answer; checking the text is cheap, parsing is not.
              if (res.statusCode !== 200 || text.includes('"errors":')) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
              else resolve(text);
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
