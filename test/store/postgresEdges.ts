import { createServer, type Socket, connect as tcpConnect } from 'node:net';
import pg from 'pg';

/** A second session holding a lock, as another process would; the store's queries wait behind it. */
export interface HeldLock {
  /** Ends the lock holder's transaction (and session), letting waiters through. */
  release(): Promise<void>;
}

/**
 * Opens a session on `url` and runs `lockSql` in a transaction it keeps open, e.g.
 * `LOCK TABLE channel_settings IN ACCESS EXCLUSIVE MODE` or `SELECT pg_advisory_xact_lock(...)`.
 */
export async function holdLock(url: string, lockSql: string): Promise<HeldLock> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(lockSql);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    },
  };
}

/**
 * A TCP proxy in front of the PostgreSQL server of `url`. While `freeze()` is in effect it drops every
 * byte both ways: the server looks alive (connections stay open) but never answers, as a hung server or
 * a silent network partition does.
 */
export interface FreezableProxy {
  /** `url` pointed at the proxy (database, user and parameters kept). */
  url: string;
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

export async function startFreezableProxy(url: string): Promise<FreezableProxy> {
  const target = new URL(url);
  const upstreamPort = Number(target.port || 5432);
  const upstreamHost = target.hostname || 'localhost';
  let frozen = false;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((downstream) => {
    const upstream = tcpConnect(upstreamPort, upstreamHost);
    track(downstream);
    track(upstream);
    downstream.on('data', (chunk) => {
      if (!frozen) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!frozen) downstream.write(chunk);
    });
    downstream.on('close', () => upstream.destroy());
    upstream.on('close', () => downstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy did not bind a TCP port');
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(address.port);
  return {
    url: proxied.toString(),
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
