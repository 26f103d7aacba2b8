import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import type { ChannelPoster, DeliveryResult } from '../../../src/app/contracts.js';
import type { Card } from '../../../src/core/card.js';
import type { Platform } from '../../../src/core/request.js';
import { openStore } from '../../../src/store/openStore.js';
import type { Store } from '../../../src/store/store.js';

export { realCore } from '../../support/realCore.js';

/** What a poster was asked to send. */
export interface PostedCall {
  channel: string;
  workspace?: string;
  card: Card;
}

/** The network edge: a poster that records each call and answers as `respond` says (default: ok). */
export interface RecordingPoster extends ChannelPoster {
  calls: PostedCall[];
}

export function recordingPoster(
  platform: Platform,
  respond: (callNumber: number, call: PostedCall) => DeliveryResult | Promise<DeliveryResult> = () => ({
    ok: true,
  }),
): RecordingPoster {
  const calls: PostedCall[] = [];
  return {
    platform,
    calls,
    async postCard(target, card) {
      const call: PostedCall = { ...target, card };
      calls.push(call);
      // Yield like a real network call would, so concurrent ticks interleave.
      await new Promise((resolve) => setImmediate(resolve));
      return respond(calls.length, call);
    },
  };
}

/** Subscribes Slack `channel` (workspace T1) to the 09:00 Asia/Seoul post, in effect since 2025-04-01. */
export async function subscribeAtNineSeoul(store: Store, channel = 'C1'): Promise<void> {
  await store.upsertChannelSettings(
    { platform: 'slack', channel, workspace: 'T1' },
    {
      daily: {
        enabled: true,
        time: '09:00',
        timeZone: 'Asia/Seoul',
        since: new Date('2025-04-01T00:00:00Z'),
      },
    },
  );
}

/** A clock tests move by hand. */
export function manualClock(start: string): {
  now: () => Date;
  set(iso: string): void;
  advanceMinutes(n: number): void;
} {
  let current = new Date(start);
  return {
    now: () => current,
    set(iso) {
      current = new Date(iso);
    },
    advanceMinutes(n) {
      current = new Date(current.getTime() + n * 60_000);
    },
  };
}

/** A backoff pause that returns at once and remembers what was asked. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
}

/**
 * Real SQLite stores in a temporary folder for one test file: `open()` makes a new file (or reopens
 * `path`), `freshPath()` names a new one; every store is closed after each test, the folder after all.
 */
export function tempSqliteStores(prefix: string): {
  open: (path?: string) => Promise<Store>;
  freshPath: (name?: string) => string;
} {
  const root = mkdtempSync(join(tmpdir(), prefix));
  let counter = 0;
  const open: Store[] = [];
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const freshPath = (name = 'db') => join(root, `${name}-${counter++}.sqlite`);
  return {
    freshPath,
    open: async (path = freshPath()) => {
      const store = await openStore({ databasePath: path });
      open.push(store);
      return store;
    },
  };
}
