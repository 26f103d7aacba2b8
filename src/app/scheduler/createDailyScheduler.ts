import { setTimeout as sleepFor } from 'node:timers/promises';
import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { StatusCore } from '../../core/answer.js';
import type { Locale } from '../../core/locale.js';
import type { Platform } from '../../core/request.js';
import type { DailySubscription, Store } from '../../store/store.js';
import type { ChannelPoster } from '../contracts.js';
import { clockTimeToMinutes } from './clockTime.js';
import { skipsDailyPostOn } from './dailyScheduleStart.js';
import { type DeliveryOutcome, deliverDailyPost } from './deliverDailyPost.js';
import { localClock } from './localClock.js';

/** How hard a transient failure is retried. */
export interface DailyRetryPolicy {
  /** Tries within one tick (default 3). */
  attempts: number;
  /** Pause before the second try; doubled for each further one (default 2000 ms). */
  baseDelayMs: number;
  /** Ticks that may try before the bot gives up on that day's post (default 5); spaced 1, 2, 4... minutes. */
  maxRounds?: number;
}

/** The options of `createDailyScheduler`. */
export interface DailySchedulerOptions {
  store: Store;
  core: StatusCore;
  logger: Logger;
  /** The posting platform's poster, once its adapter has connected. */
  posters: (platform: Platform) => ChannelPoster | undefined;
  /** The clock; tests move it instead of waiting. */
  now?: () => Date;
  retry?: Partial<DailyRetryPolicy>;
  /** The language of channels that never chose one (default 'ko', as `DEFAULT_LOCALE`). */
  defaultLocale?: Locale;
  /** Backoff pause between tries; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Channels posted to at the same time within one tick (default 4). */
  concurrency?: number;
}

/** One subscription's result in a tick. */
export interface TickEntry {
  platform: Platform;
  channel: string;
  localDate: string;
  outcome: DeliveryOutcome | 'noPoster' | 'backingOff' | 'gaveUp' | 'error';
}

/** Posts the code of the day to each subscribed channel once per local day. */
export interface DailyScheduler {
  /**
   * One pass over the subscriptions: posts every one that is due today (local time at or past its
   * HH:MM), in effect before today's HH:MM (see `skipsDailyPostOn`), and neither posted nor claimed
   * within the lease (an older unposted claim is a dead instance's, taken over; see
   * `Store.claimDailyPost`). Never rejects: failures are logged. A call while a pass runs waits for it.
   */
  tick(): Promise<TickEntry[]>;
  /**
   * A tick every minute (croner), plus one at once to catch up on posts due earlier today. The returned
   * promise settles when that catch-up tick is done; callers need not wait for it.
   */
  start(): Promise<TickEntry[]>;
  /** Stops the minute job and waits for an in-flight tick; pending backoffs end early. */
  stop(): Promise<void>;
}

const ROUND_BASE_MS = 60_000;
const ROUND_CAP_MS = 30 * 60_000;
/**
 * How long "someone else holds this date" is trusted before the claim is looked at again. A live holder
 * is done within seconds; a dead one's claim can be taken over once its lease (`DAILY_CLAIM_LEASE_MS`)
 * runs out, so a channel whose claimer died is posted within about lease + this after the claim.
 */
const TAKEN_RECHECK_MS = 10 * 60_000;

interface ChannelState {
  localDate: string;
  /** Posted (by us) or gave up: nothing more today. */
  settled?: boolean;
  /** Do not look at this channel before this instant (ms). */
  notBefore?: number;
  failedRounds?: number;
}

const keyOf = (s: { platform: Platform; channel: string }): string => `${s.platform}\u0000${s.channel}`;

/** Runs `work` over `items` with at most `limit` in flight. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

export function createDailyScheduler(options: DailySchedulerOptions): DailyScheduler {
  const { store, core, logger, posters } = options;
  const now = options.now ?? (() => new Date());
  const attempts = Math.max(1, options.retry?.attempts ?? 3);
  const baseDelayMs = Math.max(0, options.retry?.baseDelayMs ?? 2_000);
  const maxRounds = Math.max(1, options.retry?.maxRounds ?? 5);
  const defaultLocale = options.defaultLocale ?? 'ko';
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const states = new Map<string, ChannelState>();
  const abort = new AbortController();
  const sleep =
    options.sleep ??
    ((ms: number) => sleepFor(ms, undefined, { signal: abort.signal }).catch(() => undefined));

  let job: Cron | undefined;
  let inFlight: Promise<TickEntry[]> | undefined;
  let stopping = false;

  async function handle(subscription: DailySubscription, at: Date): Promise<TickEntry | undefined> {
    const clock = localClock(at, subscription.timeZone);
    if (clock.minutes < clockTimeToMinutes(subscription.time)) return undefined;
    const localDate = clock.date;
    // Subscribed (or moved) after today's time: the first post is tomorrow's, not a catch-up now.
    if (skipsDailyPostOn(subscription, localDate)) return undefined;
    const entry = (outcome: TickEntry['outcome']): TickEntry => ({
      platform: subscription.platform,
      channel: subscription.channel,
      localDate,
      outcome,
    });

    const key = keyOf(subscription);
    let state = states.get(key);
    if (!state || state.localDate !== localDate) {
      // A new local day starts clean; yesterday's missed post is never sent.
      state = { localDate };
      states.set(key, state);
    }
    if (state.settled) return undefined;
    if (state.notBefore !== undefined && at.getTime() < state.notBefore) return entry('backingOff');

    const poster = posters(subscription.platform);
    if (!poster) {
      logger.debug(
        { platform: subscription.platform },
        'no poster connected for the platform; daily post waits',
      );
      return entry('noPoster');
    }
    const card = core.dailyCard(localDate, subscription.locale ?? defaultLocale);
    const outcome = await deliverDailyPost(subscription, localDate, card, {
      store,
      now,
      poster,
      logger,
      attempts,
      baseDelayMs,
      sleep,
      isStopping: () => stopping,
    });

    if (outcome === 'posted' || outcome === 'permanentFailure') state.settled = true;
    else if (outcome === 'taken') state.notBefore = at.getTime() + TAKEN_RECHECK_MS;
    else if (outcome === 'transientFailure') {
      const rounds = (state.failedRounds ?? 0) + 1;
      state.failedRounds = rounds;
      if (rounds >= maxRounds) {
        state.settled = true;
        logger.error(
          { platform: subscription.platform, channel: subscription.channel, localDate, rounds },
          'daily post given up for today after repeated transient failures',
        );
        return entry('gaveUp');
      }
      state.notBefore = at.getTime() + Math.min(ROUND_CAP_MS, ROUND_BASE_MS * 2 ** (rounds - 1));
    }
    return entry(outcome);
  }

  async function runTick(): Promise<TickEntry[]> {
    const at = now();
    let subscriptions: DailySubscription[];
    try {
      subscriptions = await store.listDailySubscriptions();
    } catch (error) {
      logger.error({ err: error }, 'daily scheduler could not read subscriptions; next tick will try again');
      return [];
    }
    const results: TickEntry[] = [];
    await forEachLimited(subscriptions, concurrency, async (subscription) => {
      if (stopping) return;
      try {
        const result = await handle(subscription, at);
        if (result) results.push(result);
      } catch (error) {
        logger.error(
          { err: error, platform: subscription.platform, channel: subscription.channel },
          'daily post failed unexpectedly',
        );
        results.push({
          platform: subscription.platform,
          channel: subscription.channel,
          localDate: '',
          outcome: 'error',
        });
      }
    });
    return results;
  }

  function tick(): Promise<TickEntry[]> {
    if (stopping) return Promise.resolve([]);
    if (!inFlight) {
      inFlight = runTick().finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight;
  }

  return {
    tick,
    start() {
      if (stopping) return Promise.resolve([]);
      job ??= new Cron('* * * * *', { protect: true, name: 'daily-posts' }, async () => {
        await tick();
      });
      return tick();
    },
    async stop() {
      stopping = true;
      job?.stop();
      abort.abort();
      await inFlight;
    },
  };
}
