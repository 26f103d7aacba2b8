/**
 * `npm run bench -- scheduler`: one daily-scheduler tick at scale. For 1,000, 10,000 and 100,000
 * daily subscriptions, seeded through the real `Store` (SQLite in a temp dir; PostgreSQL too, in a fresh
 * schema, when `TEST_DATABASE_URL` is set), it times ticks of the bot's real scheduler with a clock it
 * sets: an idle minute (nothing due), the minute in which 10% are due (each claimed, posted through a
 * no-op poster that records the call, and marked posted), and the minute after (those 10% done). For
 * each tick: wall time and the longest event-loop delay during it (`monitorEventLoopDelay`, 1 ms
 * resolution, so it includes that 1 ms), which is what every Slack and Discord request waits behind.
 * The due tick must post exactly the due channels, or the run stops. Figures are printed, never asserted.
 * `BENCH_SCHEDULER_SIZES=1000,10000` picks the sizes.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pino } from 'pino';
import { createFreshSchema, TEST_DATABASE_URL } from '../store/freshPostgresSchema.js';
import {
  type ChannelPoster,
  createDailyScheduler,
  createStatusCore,
  loadDataset,
  openStore,
  type Platform,
  type Store,
} from './schedulerUnderBench.js';
import { benchTempDir } from './wholeProcess/benchProcess.js';
import { median, ms } from './wholeProcess/figures.js';
import { loadLine } from './wholeProcess/procStats.js';

const SIZES = (process.env.BENCH_SCHEDULER_SIZES ?? '1000,10000,100000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
/** Every tenth subscription is due at 09:00; the rest later in the day. */
const DUE_EVERY = 10;
/** Upserts in flight while seeding PostgreSQL (SQLite runs one at a time anyway). */
const SEED_CONCURRENCY = 8;
const IDLE_TICKS = 3;

// Seoul and Tokyo are both UTC+9 without DST: the instants below mean the same local time in both.
const ZONES = ['Asia/Seoul', 'Asia/Tokyo'];
const SINCE = new Date('2025-01-01T00:00:00Z');
const IDLE_MINUTE = '2025-06-02T23:59:30Z'; // 08:59:30 local: nothing due yet
const DUE_MINUTE = '2025-06-03T00:00:30Z'; // 09:00:30 local: the 09:00 channels are due
const AFTER_MINUTE = '2025-06-03T00:01:30Z'; // 09:01:30 local: those were posted a minute ago

interface Backend {
  name: string;
  open(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

function backends(): Backend[] {
  const sqlite: Backend = {
    name: 'SQLite',
    async open() {
      const dir = benchTempDir('bench-scheduler-');
      const store = await openStore({ databasePath: join(dir, 'bot.sqlite') });
      return {
        store,
        async dispose() {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  if (!TEST_DATABASE_URL) return [sqlite];
  const postgres: Backend = {
    name: 'PostgreSQL',
    async open() {
      const schema = await createFreshSchema(TEST_DATABASE_URL!);
      const store = await openStore({ databaseUrl: schema.url, databasePath: 'unused-with-a-url' });
      return {
        store,
        async dispose() {
          await store.close();
          await schema.drop();
        },
      };
    },
  };
  return [sqlite, postgres];
}

/** The i-th subscription: half Slack, half Discord, among the due ones too. */
function subscription(i: number) {
  const platform: Platform = Math.floor(i / DUE_EVERY) % 2 === 0 ? 'slack' : 'discord';
  const due = i % DUE_EVERY === 0;
  return {
    key: {
      platform,
      channel:
        platform === 'slack'
          ? `C${String(i).padStart(9, '0')}`
          : String(300_000_000_000_000_000n + BigInt(i)),
      workspace: platform === 'slack' ? 'T0000BENCH' : '200000000000000009',
    },
    daily: {
      enabled: true as const,
      time: due ? '09:00' : `${10 + (i % 14)}:00`,
      timeZone: ZONES[Math.floor(i / 2) % ZONES.length]!,
      since: SINCE,
    },
  };
}

/** Seeds `size` subscriptions through `Store.upsertChannelSettings`; resolves with the time it took. */
async function seed(store: Store, size: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < size) {
      const { key, daily } = subscription(next++);
      await store.upsertChannelSettings(key, { daily }, 'U0000BENCH');
    }
  };
  const lanes = store.backend === 'postgres' ? SEED_CONCURRENCY : 1;
  await Promise.all(Array.from({ length: lanes }, lane));
  return performance.now() - started;
}

/** A poster that posts nothing and records whom it was asked to post to. */
function recordingPoster(platform: Platform, calls: string[]): ChannelPoster {
  return {
    platform,
    async postCard(target) {
      calls.push(`${platform}:${target.channel}`);
      return { ok: true };
    },
  };
}

interface TickFigures {
  wallMs: number;
  longestDelayMs: number;
  entries: number;
}

/** Times one call of `tick` and the longest event-loop delay while it ran. */
async function timeTick(tick: () => Promise<unknown[]>): Promise<TickFigures> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  // The histogram records from its second timer turn on: without a few turns first, a tick that blocks
  // from its start would be missed entirely.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const started = performance.now();
  const entries = await tick();
  const wallMs = performance.now() - started;
  // One more timer turn, so a block at the very end of the tick is recorded too.
  await new Promise((resolve) => setTimeout(resolve, 2));
  delay.disable();
  return { wallMs, longestDelayMs: delay.max / 1e6, entries: entries.length };
}

function realCore() {
  const dataset = loadDataset();
  if (!dataset.ok) throw new Error(`dataset invalid:\n${dataset.errors.join('\n')}`);
  return createStatusCore(dataset.entries);
}

export default async function run(): Promise<void> {
  console.log(`machine: ${loadLine()} (start)`);
  const core = realCore();
  // The scheduler logs every post at info: a real logger, writing nowhere.
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: true }));
  console.log(
    `\n## one scheduler tick over N daily subscriptions (${100 / DUE_EVERY}% due at 09:00), no-op poster`,
  );
  console.log(
    `${'backend, N'.padEnd(20)} ${'seed'.padStart(10)} | ${'idle tick'.padStart(10)} ${'max delay'.padStart(10)} | ${'due tick'.padStart(10)} ${'max delay'.padStart(10)} ${'posted'.padStart(7)} | ${'next min'.padStart(10)} ${'max delay'.padStart(10)}`,
  );
  for (const backend of backends()) {
    for (const size of SIZES) {
      const { store, dispose } = await backend.open();
      try {
        const seedMs = await seed(store, size);
        let at = new Date(IDLE_MINUTE);
        const calls: string[] = [];
        const posters = new Map<Platform, ChannelPoster>([
          ['slack', recordingPoster('slack', calls)],
          ['discord', recordingPoster('discord', calls)],
        ]);
        const scheduler = createDailyScheduler({
          store,
          core,
          logger,
          posters: (platform) => posters.get(platform),
          now: () => at,
        });
        const idle: TickFigures[] = [];
        for (let i = 0; i < IDLE_TICKS; i++) idle.push(await timeTick(() => scheduler.tick()));
        at = new Date(DUE_MINUTE);
        const due = await timeTick(() => scheduler.tick());
        const expected = Math.ceil(size / DUE_EVERY);
        if (calls.length !== expected || due.entries !== expected) {
          throw new Error(
            `${backend.name}, ${size}: the due tick posted ${calls.length} (${due.entries} entries), expected ${expected}`,
          );
        }
        at = new Date(AFTER_MINUTE);
        const after: TickFigures[] = [];
        for (let i = 0; i < IDLE_TICKS; i++) after.push(await timeTick(() => scheduler.tick()));
        if (calls.length !== expected)
          throw new Error(`${backend.name}, ${size}: the minute after posted again`);
        await scheduler.stop();
        const med = (figures: TickFigures[], pick: (f: TickFigures) => number) => median(figures.map(pick));
        console.log(
          `${`${backend.name}, ${size.toLocaleString('en-US')}`.padEnd(20)} ${ms(seedMs).padStart(10)} | ${ms(med(idle, (f) => f.wallMs)).padStart(10)} ${ms(med(idle, (f) => f.longestDelayMs)).padStart(10)} | ${ms(due.wallMs).padStart(10)} ${ms(due.longestDelayMs).padStart(10)} ${String(calls.length).padStart(7)} | ${ms(med(after, (f) => f.wallMs)).padStart(10)} ${ms(med(after, (f) => f.longestDelayMs)).padStart(10)}`,
        );
      } finally {
        await dispose();
      }
    }
  }
  console.log(
    `(idle and next-minute: medians of ${IDLE_TICKS} ticks, tick time and max delay each; the due tick runs once per seed; the bot ticks every minute)`,
  );
  console.log(`machine: ${loadLine()} (end)`);
}
