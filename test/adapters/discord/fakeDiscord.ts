/**
 * A fake Discord for tests: the gateway over WebSocket and the REST API over node:http, both on one
 * 127.0.0.1 port. It speaks just enough of the protocol for a real discord.js 14 `Client` (see
 * the platform-testing notes): HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME, and
 * the REST routes the bot calls. Every REST request is recorded; tests wait on the recording.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { waitForProbe } from '../../support/waitForProbe.js';

/** One REST request as the bot sent it. */
export interface RecordedCall {
  method: string;
  /** The path after `/api/v10`, decoded (`/interactions/1/tok/callback`, `/webhooks/1/tok/messages/@original`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body (the `payload_json` part for multipart), or undefined. */
  body: unknown;
}

/** A canned REST answer. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  /** Hold the answer back this long (to test in-flight work at shutdown). */
  delayMs?: number;
}

/** A command option as Discord sends it (subcommands nest their own options). */
export interface InteractionOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: InteractionOption[];
}

type RouteHandler = (call: RecordedCall) => FakeResponse | undefined;

export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
  /** Tokens that `/gateway/bot` rejects with 401. */
  rejectedTokens?: string[];
}

export const FAKE_IDS = {
  application: '100000000000000001',
  botUser: '100000000000000001',
  guild: '200000000000000009',
  channel: '300000000000000009',
  user: '400000000000000004',
} as const;

let snowflakeCounter = 0n;
/** Real-looking, increasing snowflakes. */
export function nextSnowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) | (snowflakeCounter & 0x3fffffn)).toString();
}

// Generous: a shared, busy machine can stall a round trip for seconds; a missing call still fails.
const WAIT_MS = 10_000;

export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  /** Every IDENTIFY payload's `d`, in order. */
  readonly identifies: Record<string, unknown>[] = [];
  readonly resumes: Record<string, unknown>[] = [];
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly routes: { method: string; pattern: RegExp; handler: RouteHandler }[] = [];
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private port = 0;
  private readonly heartbeatIntervalMs: number;
  private readonly rejectedTokens: Set<string>;
  /** When set, the next IDENTIFY whose intents include these bits is closed with this code. */
  private closeOnIntents: { bits: number; code: number } | undefined;

  constructor(options: FakeDiscordOptions = {}) {
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.rejectedTokens = new Set(options.rejectedTokens ?? []);
    this.server = createServer((req, res) => {
      this.onRequest(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** REST base for discord.js `rest.api` and DISCORD_API_URL (no `/v10`). */
  get restApi(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Answers `method` requests whose path matches `pattern` (first match wins; undefined falls through). */
  route(method: string, pattern: RegExp, handler: RouteHandler): void {
    this.routes.unshift({ method, pattern, handler });
  }

  /** Makes the gateway close the next IDENTIFY that asks for `bits` with `code` (e.g. 4014). */
  rejectIntents(bits: number, code = 4014): void {
    this.closeOnIntents = { bits, code };
  }

  /** Sends a dispatch event to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const socket of this.sockets) this.send(socket, { op: 0, t, s: ++this.seq, d });
  }

  /** Asks connected clients to reconnect (op 7); they resume. */
  requestReconnect(): void {
    for (const socket of this.sockets) this.send(socket, { op: 7, d: null, s: null, t: null });
  }

  /** Forgets the recorded REST calls (benchmarks keep the recording short). */
  clearCalls(): void {
    this.calls.length = 0;
  }

  /** Waits (bounded) for a recorded REST call matching `predicate`, including ones already recorded. */
  waitForCall(predicate: (call: RecordedCall) => boolean, what = 'a REST call'): Promise<RecordedCall> {
    return this.waitUntil(() => this.calls.find(predicate), what);
  }

  /** Waits for the interaction callback of interaction `id`. */
  waitForCallback(id: string): Promise<RecordedCall> {
    return this.waitForCall(
      (c) => c.method === 'POST' && c.path.startsWith(`/interactions/${id}/`) && c.path.endsWith('/callback'),
      `the callback of interaction ${id}`,
    );
  }

  /** Waits until `count` IDENTIFYs were received. */
  waitForIdentify(count = 1): Promise<Record<string, unknown>> {
    return this.waitUntil(() => this.identifies[count - 1], `IDENTIFY #${count}`);
  }

  /** Polls `probe` on every event the fake records, until it returns a value or the wait runs out. */
  waitUntil<T>(probe: () => T | undefined, what: string, timeoutMs = WAIT_MS): Promise<T> {
    return waitForProbe(
      this.listeners,
      probe,
      timeoutMs,
      () => `FakeDiscord: gave up waiting for ${what} after ${timeoutMs} ms`,
    );
  }

  /** Dispatches INTERACTION_CREATE with the fields discord.js insists on; returns its id and token. */
  interaction(d: Record<string, unknown>): { id: string; token: string } {
    const id = nextSnowflake();
    const token = `itoken-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      token,
      application_id: FAKE_IDS.application,
      version: 1,
      guild_id: FAKE_IDS.guild,
      channel_id: FAKE_IDS.channel,
      channel: { id: FAKE_IDS.channel, type: 0, guild_id: FAKE_IDS.guild, name: 'alerts' },
      member: {
        user: { id: FAKE_IDS.user, username: 'bob', discriminator: '0', global_name: 'Bob', avatar: null },
        roles: [],
        permissions: '2248473465835073',
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': FAKE_IDS.guild },
      context: 0,
      attachment_size_limit: 10485760,
      ...d,
    });
    return { id, token };
  }

  /** `/http` with the given options (as Discord sends them), in the given user locale. */
  chatInput(options: InteractionOption[], locale = 'en-US', command = 'http') {
    return this.interaction({
      type: 2,
      locale,
      data: { id: '500000000000000009', name: command, type: 1, options },
    });
  }

  /** Autocomplete for `/http query` with the typed text. */
  autocomplete(typed: string, locale = 'en-US') {
    return this.interaction({
      type: 4,
      locale,
      data: {
        id: '500000000000000009',
        name: 'http',
        type: 1,
        options: [{ name: 'query', type: 3, value: typed, focused: true }],
      },
    });
  }

  /** A choice in a string select the bot sent. */
  stringSelect(customId: string, values: string[], locale = 'en-US') {
    const messageId = nextSnowflake();
    return this.interaction({
      type: 3,
      locale,
      message: this.messageObject({ id: messageId, author: this.botUser(), content: '' }),
      data: { custom_id: customId, component_type: 3, values },
    });
  }

  /** Dispatches MESSAGE_CREATE for a complete message in the fake channel; returns the message. */
  messageCreate(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const message = this.messageObject({
      member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      ...overrides,
    });
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /**
   * Dispatches THREAD_CREATE for a public thread (type 11) under the fake text channel, as Discord
   * announces a new thread to a bot with the Guilds intent, so discord.js caches it; returns the thread.
   */
  threadCreate(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const thread = {
      id: nextSnowflake(),
      type: 11,
      guild_id: FAKE_IDS.guild,
      parent_id: FAKE_IDS.channel,
      name: 'incident',
      owner_id: FAKE_IDS.user,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      flags: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
      newly_created: true,
      ...overrides,
    };
    this.dispatch('THREAD_CREATE', thread);
    return thread;
  }

  /** The message context menu command `name` used on `target`. */
  messageContextMenu(name: string, target: Record<string, unknown>, locale = 'en-US') {
    const targetId = String(target.id);
    return this.interaction({
      type: 2,
      locale,
      data: {
        id: '500000000000000010',
        name,
        type: 3,
        target_id: targetId,
        resolved: { messages: { [targetId]: target } },
      },
    });
  }

  botUser() {
    return { id: FAKE_IDS.botUser, username: 'httpbot', discriminator: '0', bot: true, avatar: null };
  }

  /** A complete message object (the shape REST returns and MESSAGE_CREATE carries). */
  messageObject(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      id: nextSnowflake(),
      channel_id: FAKE_IDS.channel,
      guild_id: FAKE_IDS.guild,
      author: { id: FAKE_IDS.user, username: 'bob', discriminator: '0', avatar: null },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...overrides,
    };
  }

  /** Closes every connection and the server. Call after `client.destroy()` (D7). */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private send(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (raw) => this.onFrame(socket, raw.toString()));
    this.send(socket, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
  }

  private onFrame(socket: WebSocket, text: string): void {
    const frame = JSON.parse(text) as { op: number; d: Record<string, unknown> };
    switch (frame.op) {
      case 1:
        this.send(socket, { op: 11, d: null, s: null, t: null });
        return;
      case 2: {
        this.identifies.push(frame.d);
        this.notify();
        const intents = Number(frame.d.intents ?? 0);
        if (this.closeOnIntents && (intents & this.closeOnIntents.bits) !== 0) {
          const { code } = this.closeOnIntents;
          this.closeOnIntents = undefined;
          socket.close(code, 'Disallowed intent(s).');
          return;
        }
        this.sendReady(socket);
        return;
      }
      case 6:
        this.resumes.push(frame.d);
        this.notify();
        this.send(socket, { op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
        return;
      default:
        return;
    }
  }

  private sendReady(socket: WebSocket): void {
    this.send(socket, {
      op: 0,
      t: 'READY',
      s: ++this.seq,
      d: {
        v: 10,
        user: { ...this.botUser(), verified: true, mfa_enabled: false, flags: 0 },
        guilds: [{ id: FAKE_IDS.guild, unavailable: true }],
        session_id: `fake-session-${this.identifies.length}`,
        resume_gateway_url: this.gatewayUrl,
        shard: [0, 1],
        application: { id: FAKE_IDS.application, flags: 0 },
      },
    });
    this.send(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guild() });
  }

  private guild(): Record<string, unknown> {
    return {
      id: FAKE_IDS.guild,
      name: 'Fake guild',
      icon: null,
      owner_id: FAKE_IDS.user,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      preferred_locale: 'en-US',
      premium_tier: 0,
      nsfw_level: 0,
      roles: [
        {
          id: FAKE_IDS.guild,
          name: '@everyone',
          color: 0,
          hoist: false,
          position: 0,
          permissions: '2248473465835073',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: [
        {
          id: FAKE_IDS.channel,
          type: 0,
          name: 'alerts',
          position: 0,
          permission_overwrites: [],
          guild_id: FAKE_IDS.guild,
        },
      ],
      threads: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      member_count: 2,
      large: false,
      unavailable: false,
      joined_at: '2024-01-01T00:00:00.000Z',
    };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body: parseBody(raw, req.headers['content-type']),
    };
    this.calls.push(call);
    this.notify();
    const answer = this.answer(call);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (answer.body === undefined) {
      res.writeHead(answer.status);
      res.end();
    } else {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    }
  }

  private answer(call: RecordedCall): FakeResponse {
    for (const route of this.routes) {
      if (route.method === call.method && route.pattern.test(call.path)) {
        const custom = route.handler(call);
        if (custom) return custom;
      }
    }
    const { method, path } = call;
    if (method === 'GET' && path === '/gateway/bot') {
      const token = String(call.headers.authorization ?? '').replace(/^Bot /, '');
      if (this.rejectedTokens.has(token))
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      return { status: 200, body: this.messageObject({ author: this.botUser(), ...(call.body as object) }) };
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      return { status: 200, body: this.messageObject({ author: this.botUser(), ...(call.body as object) }) };
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const guild = /\/guilds\/(\d+)\//.exec(path)?.[1];
      const commands = (call.body as Record<string, unknown>[]).map((command) => ({
        id: nextSnowflake(),
        application_id: FAKE_IDS.application,
        version: nextSnowflake(),
        default_member_permissions: null,
        type: 1,
        ...(guild ? { guild_id: guild } : {}),
        ...command,
      }));
      return { status: 200, body: commands };
    }
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelMessage) {
      const body = call.body as Record<string, unknown>;
      return {
        status: 200,
        body: this.messageObject({
          channel_id: channelMessage[1],
          author: this.botUser(),
          content: body.content ?? '',
          embeds: body.embeds ?? [],
          components: body.components ?? [],
        }),
      };
    }
    const channel = /^\/channels\/(\d+)$/.exec(path);
    if (method === 'GET' && channel) {
      if (channel[1] !== FAKE_IDS.channel)
        return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
      return {
        status: 200,
        body: {
          id: FAKE_IDS.channel,
          type: 0,
          name: 'alerts',
          guild_id: FAKE_IDS.guild,
          permission_overwrites: [],
        },
      };
    }
    return { status: 404, body: { message: `FakeDiscord: no route for ${method} ${path}`, code: 0 } };
  }
}

function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (contentType?.startsWith('multipart/form-data')) {
    const json = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
    return json?.[1] ? JSON.parse(json[1]) : undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
