import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running `/healthz` server. */
export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /healthz` when no Slack HTTP receiver does (Socket Mode, Discord only, console with PORT):
 * platforms' health checks and `release`-style deploys need something to poll.
 */
export async function startHealthServer(port: number, host: string): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
