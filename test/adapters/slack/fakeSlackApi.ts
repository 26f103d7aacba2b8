/**
 * A fake Slack Web API on 127.0.0.1 for end-to-end tests: it answers what Bolt calls (`auth.test`,
 * `chat.postMessage`, ...), records every call with its arguments decoded (non-scalar arguments
 * arrive JSON-encoded inside the form), and records posts to `response_url`s it hands out.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitForProbe } from '../../support/waitForProbe.js';

/** One recorded Web API call. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token it was sent with. */
  token: string | undefined;
}

/** One recorded post to a response URL. */
export interface ResponseUrlCall {
  id: string;
  body: Record<string, unknown>;
}

/** Answers a Web API method; return the JSON body (HTTP status is always 200, as Slack does). */
export type MethodHandler = (args: Record<string, unknown>, call: ApiCall) => Record<string, unknown>;

export const FAKE_BOT_USER_ID = 'U0000BOT';
export const FAKE_BOT_ID = 'B0000BOT';
export const FAKE_TEAM_ID = 'T0000TEAM';

const DEFAULT_WAIT_MS = 5_000;

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responseUrlCalls: ResponseUrlCall[] = [];
  private readonly handlers = new Map<string, MethodHandler>();
  private readonly httpFailures = new Map<string, { status: number; headers: Record<string, string> }>();
  private readonly waiters = new Set<() => void>();
  private server: Server | undefined;
  private base = '';
  private nextTs = 1;

  constructor() {
    this.handlers.set('auth.test', () => ({
      ok: true,
      url: 'https://fake.slack.test/',
      team: 'Fake Team',
      user: 'httpbot',
      team_id: FAKE_TEAM_ID,
      user_id: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
    }));
    this.handlers.set('chat.postMessage', (args) => {
      const ts = `1800000000.${String(this.nextTs++).padStart(6, '0')}`;
      return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, ts } };
    });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The Web API base URL to give Bolt (`SLACK_API_URL`, `clientOptions.slackApiUrl`). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  /** A response URL whose posts are recorded under `id`. */
  responseUrl(id: string): string {
    return `${this.base}/response/${encodeURIComponent(id)}`;
  }

  /** Replaces the answer of one method. */
  on(method: string, handler: MethodHandler): void {
    this.handlers.set(method, handler);
  }

  /** Answers `method` with a bare HTTP status instead (429 with `retry-after`, 500, ...). */
  failWithStatus(method: string, status: number, headers: Record<string, string> = {}): void {
    this.httpFailures.set(method, { status, headers });
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the `count`-th call to `method` (1-based); rejects after a bounded wait. */
  waitForCall(method: string, count = 1, timeoutMs = DEFAULT_WAIT_MS): Promise<ApiCall> {
    return this.waitFor(`${count} call(s) to ${method}`, timeoutMs, () => this.callsTo(method)[count - 1]);
  }

  /** Resolves with the first post to the response URL `id`; rejects after a bounded wait. */
  waitForResponse(id: string, timeoutMs = DEFAULT_WAIT_MS): Promise<ResponseUrlCall> {
    return this.waitFor(`a post to response URL ${id}`, timeoutMs, () =>
      this.responseUrlCalls.find((call) => call.id === id),
    );
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
    return waitForProbe(
      this.waiters,
      probe,
      timeoutMs,
      () => `fake Slack API: timed out after ${timeoutMs} ms waiting for ${what}`,
    );
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path.startsWith('/response/')) {
      const id = decodeURIComponent(path.slice('/response/'.length));
      this.responseUrlCalls.push({ id, body: JSON.parse(raw || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      this.notify();
      return;
    }
    if (req.method !== 'POST' || !path.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"ok":false,"error":"unknown_route"}');
      return;
    }
    const method = path.slice('/api/'.length);
    const args = decodeArgs(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice('Bearer '.length)
      : (args.token as string | undefined);
    const call: ApiCall = { method, args, token };
    this.calls.push(call);
    const failure = this.httpFailures.get(method);
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'text/plain', ...failure.headers }).end('failure');
      this.notify();
      return;
    }
    const handler = this.handlers.get(method);
    const answer = handler ? handler(args, call) : { ok: true };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    this.notify();
  }
}

/** Starts a fake Web API. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  return new FakeSlackApi().start();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Web API arguments: a form whose object/array values are JSON strings, or (rarely) a JSON body. */
function decodeArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return args;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
