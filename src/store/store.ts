import type { Locale } from '../core/locale.js';
import type { Platform } from '../core/request.js';

/** A channel on one platform. Channel ids are unique per platform, so the workspace is only carried along. */
export interface ChannelKey {
  platform: Platform;
  channel: string;
  /** Slack team or Discord guild id, kept so a poster can address the channel. */
  workspace?: string;
}

/**
 * What is stored for one channel. A field that was never set is `undefined`, so the app can fall back
 * to the deployment defaults (`DEFAULT_LOCALE`, `AUTO_EXPLAIN`, `DAILY_TIME`, `DAILY_TZ`).
 */
export interface StoredChannelSettings extends ChannelKey {
  locale?: Locale;
  autoExplain?: boolean;
  dailyEnabled: boolean;
  /** `HH:MM`, set whenever the daily post was turned on at least once. */
  dailyTime?: string;
  /** IANA zone, set whenever the daily post was turned on at least once. */
  dailyTimeZone?: string;
  /**
   * ISO 8601 instant the current daily schedule took effect: set when the daily post is turned on or its
   * time or zone changes. Absent for channels subscribed before this was recorded ("always").
   */
  dailySince?: string;
  /** Why the bot turned the daily post off by itself (`channel_not_found`); cleared when a person changes it. */
  dailyDisabledReason?: string;
  /** The platform user id of whoever changed the settings last. */
  updatedBy?: string;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
}

/**
 * A partial update. Fields left out keep their stored value. Turning the daily post on needs a
 * concrete time and zone, so a subscription is always complete.
 */
export interface ChannelSettingsPatch {
  locale?: Locale;
  autoExplain?: boolean;
  daily?: DailyPatch;
}

/**
 * Turning the daily post on (or changing its time or zone), or off. `since` is when the new schedule
 * takes effect (default: the store's current time); it is stored only when the schedule actually changes,
 * so re-sending the schedule in force keeps the original instant.
 */
export type DailyPatch = { enabled: true; time: string; timeZone: string; since?: Date } | { enabled: false };

/** One channel that wants the code of the day. */
export interface DailySubscription extends ChannelKey {
  /** `HH:MM` in `timeZone`. */
  time: string;
  timeZone: string;
  /** The channel's language, or `undefined` when it never chose one (use the deployment default). */
  locale?: Locale;
  /**
   * ISO 8601 instant this schedule took effect; `undefined` for subscriptions older than the record,
   * which count as always in effect (they keep catching up on today's post after downtime).
   */
  since?: string;
}

/**
 * How long a claim that was never marked posted keeps other claimers off its date. A live holder is done
 * within seconds (a post is one platform call with a 10-15 s timeout and a few retries), so a claim this
 * old was left by a process killed between claim and post, and its date may be taken over. Shorter risks
 * overtaking a holder that is slow but alive (a duplicate post); longer leaves the channel waiting.
 */
export const DAILY_CLAIM_LEASE_MS = 15 * 60_000;

/** When a daily-post claim is made, and how long an unposted claim holds off others. */
export interface DailyClaimTime {
  /** The claimer's clock (the scheduler's, so tests can move it); stored as the claim's time. */
  now: Date;
  /** Defaults to `DAILY_CLAIM_LEASE_MS`. */
  leaseMs?: number;
}

/**
 * What winning `Store.claimDailyPost` gives its holder: the date it claimed and the claim's token (the
 * row's `claim_token`, new for every claim and takeover). Releasing or marking the post goes through it,
 * so a holder that outlived its lease and was overtaken cannot touch the new holder's claim.
 */
export interface DailyClaim {
  readonly platform: Platform;
  readonly channel: string;
  readonly localDate: string;
  /** Unique to this claim; opaque to callers. */
  readonly token: string;
}

/** The instant before which an unposted claim counts as abandoned, for a claim made at `claim.now`. */
export function staleClaimsBefore(claim: DailyClaimTime): Date {
  return new Date(claim.now.getTime() - (claim.leaseMs ?? DAILY_CLAIM_LEASE_MS));
}

/**
 * A channel as auto-explain keys it: platform, workspace (Slack team, Discord guild; absent counts as
 * empty) and channel, the same key the in-memory flood control uses.
 */
export interface AutoExplainChannel {
  platform: Platform;
  workspace?: string;
  channel: string;
}

/** When auto-explain claims codes in a channel, and how long a claimed code stays taken. */
export interface AutoExplainClaimTime {
  /** The claimer's clock (the auto-explain service's, so tests can move it); stored as the claim's time. */
  now: Date;
  /** `AUTO_EXPLAIN_COOLDOWN_MINUTES` in milliseconds. */
  cooldownMs: number;
}

/** The instant at or before which an auto-explain claim has run out, for a claim made at `claim.now`. */
export function expiredExplainsAtOrBefore(claim: AutoExplainClaimTime): Date {
  return new Date(claim.now.getTime() - claim.cooldownMs);
}

/** What opening the store did to the schema. */
export interface MigrationReport {
  /** Migrations applied by this open, in order, e.g. `['001 initial schema']`; empty when up to date. */
  applied: string[];
  /** The schema version after opening. */
  version: number;
}

/**
 * The bot's only state: channel settings, the daily-post ledger and auto-explain claims. Both backends
 * (SQLite, PostgreSQL) implement it identically; `test/store/storeContract.ts` is the proof.
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  readonly migrations: MigrationReport;
  getChannelSettings(platform: Platform, channel: string): Promise<StoredChannelSettings | undefined>;
  /** Creates or updates a channel's row; returns the row as stored. */
  upsertChannelSettings(
    key: ChannelKey,
    patch: ChannelSettingsPatch,
    updatedBy?: string,
  ): Promise<StoredChannelSettings>;
  /** Every channel with the daily post on. */
  listDailySubscriptions(): Promise<DailySubscription[]>;
  /**
   * Claims the daily post of one channel for one local date (`YYYY-MM-DD`), stamped with `claim.now`.
   * Atomic across processes: of any number of concurrent callers exactly one gets a `DailyClaim`; the
   * others get `undefined`.
   *
   * A posted date stays taken for good, whatever its age. A claimed date stays taken for the lease: a
   * claim never marked posted whose time is strictly before `claim.now - leaseMs` is older than the lease,
   * presumed abandoned by a process that died before posting, and the caller takes it over (the claim then
   * carries the caller's time and a new token, so the new holder gets a full lease and the old holder's
   * `DailyClaim` stops matching). Holders must therefore finish or release within the lease; one that
   * outlives it may be overtaken and post a duplicate, but can no longer release or mark the new claim.
   */
  claimDailyPost(
    platform: Platform,
    channel: string,
    localDate: string,
    claim: DailyClaimTime,
  ): Promise<DailyClaim | undefined>;
  /**
   * Claims the right to explain `keys` (codes like `"503"`, class mentions like `"5xx"`) in one channel
   * at `claim.now`, and returns the keys this caller won, in the order given. Atomic across processes:
   * of any number of concurrent callers claiming a key in a channel, exactly one wins it.
   *
   * A key is free when it was never claimed in the channel, or its last claim is `claim.cooldownMs` old
   * or older (the in-memory flood control's rule: a code explained at t may be explained again from
   * t + cooldown on). Winning stamps the key with `claim.now`; losing leaves its time alone.
   *
   * Growth stays bounded: a channel holds at most one row per key, and each call also deletes the
   * channel's rows whose cooldown has run out (a missing row and a run-out one mean the same, so this
   * never changes an answer). A deletion that fails is logged, not thrown: the claim stands.
   */
  claimAutoExplain(
    channel: AutoExplainChannel,
    keys: readonly string[],
    claim: AutoExplainClaimTime,
  ): Promise<string[]>;
  /**
   * Gives a claim back after a failure so the post can be tried again. Acts only on the row `claim` still
   * owns: returns `false`, changing nothing, when the date was posted or the claim was taken over after
   * its lease (the row now carries another holder's token). On PostgreSQL, a retry after a lost reply
   * also returns `false` when its first try had already deleted the row: either way the claim is gone.
   */
  releaseDailyPost(claim: DailyClaim): Promise<boolean>;
  /**
   * Records that the claimed post went out. Acts only on the row `claim` still owns: returns `false`,
   * changing nothing, when the claim was taken over after its lease (the new holder's claim stays as it
   * is). Marking a claim already marked posted by the same holder returns `true` again.
   */
  markDailyPosted(claim: DailyClaim): Promise<boolean>;
  /** Turns the daily post off because delivery can never succeed, keeping the reason. */
  disableDaily(platform: Platform, channel: string, reason: string): Promise<void>;
  /** Closes the database handle or pool. Safe to call twice. */
  close(): Promise<void>;
}
