/**
 * A fake Socket Mode server: `apps.connections.open` on the fake Web API hands out its ws:// URL; it
 * greets the client with `hello`, sends envelopes and resolves each with the client's ack payload.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlackApi } from './fakeSlackApi.js';

export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

const ACK_WAIT_MS = 5_000;

export class FakeSocketMode {
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private readonly pendingAcks = new Map<string, (payload: Record<string, unknown> | undefined) => void>();

  constructor(private readonly api: FakeSlackApi) {}

  async start(): Promise<this> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    this.api.on('apps.connections.open', () => ({
      ok: true,
      url: `ws://127.0.0.1:${port}/link/?ticket=fake`,
    }));
    server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => this.onMessage(String(data)));
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake', approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0000APP' },
        }),
      );
    });
    return this;
  }

  /** Sends one envelope and resolves with the client's ack payload (undefined when it acks without one). */
  send(type: EnvelopeType, payload: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('fake Socket Mode: no client connected'));
    const envelopeId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingAcks.delete(envelopeId);
        reject(new Error(`fake Socket Mode: no ack for ${type} within ${ACK_WAIT_MS} ms`));
      }, ACK_WAIT_MS);
      this.pendingAcks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
    });
  }

  /** Waits for the client's close handshake (up to 1 s, see S7), then shuts the server. */
  async stop(): Promise<void> {
    const socket = this.socket;
    if (socket && socket.readyState === socket.OPEN) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          socket.terminate();
          resolve();
        }, 1_000);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
    });
  }

  private onMessage(text: string): void {
    const message = JSON.parse(text) as { envelope_id?: string; payload?: Record<string, unknown> };
    if (!message.envelope_id) return;
    const resolve = this.pendingAcks.get(message.envelope_id);
    if (!resolve) return;
    this.pendingAcks.delete(message.envelope_id);
    resolve(message.payload);
  }
}
