import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Platform } from '../../core/request.js';
import {
  type ChannelSettingsRow,
  toDailySubscription,
  toPatchColumns,
  toStoredChannelSettings,
} from '../channelSettingsRow.js';
import {
  type AutoExplainChannel,
  type AutoExplainClaimTime,
  type ChannelKey,
  type ChannelSettingsPatch,
  type DailyClaim,
  type DailyClaimTime,
  type DailySubscription,
  expiredExplainsAtOrBefore,
  type Store,
  staleClaimsBefore,
} from '../store.js';
import { StoreError } from '../storeError.js';
import { migrateSqlite } from './migrateSqlite.js';

/** How long a writer waits for another connection's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

const UPSERT_SETTINGS = `
  INSERT INTO channel_settings (platform, channel, workspace, locale, auto_explain, daily_enabled,
    daily_time, daily_time_zone, daily_since, daily_disabled_reason, updated_by, updated_at)
  VALUES (@platform, @channel, @workspace, @locale, @autoExplain, @dailyEnabled,
    @dailyTime, @dailyTimeZone, @dailySince, NULL, @updatedBy, @updatedAt)
  ON CONFLICT (platform, channel) DO UPDATE SET
    workspace = COALESCE(excluded.workspace, workspace),
    locale = COALESCE(excluded.locale, locale),
    auto_explain = COALESCE(excluded.auto_explain, auto_explain),
    daily_enabled = CASE WHEN @dailySet = 1 THEN excluded.daily_enabled ELSE daily_enabled END,
    daily_time = COALESCE(excluded.daily_time, daily_time),
    daily_time_zone = COALESCE(excluded.daily_time_zone, daily_time_zone),
    daily_since = CASE
      WHEN excluded.daily_enabled = 1 AND (daily_enabled = 0
        OR daily_time IS NOT excluded.daily_time OR daily_time_zone IS NOT excluded.daily_time_zone)
      THEN excluded.daily_since ELSE daily_since END,
    daily_disabled_reason = CASE WHEN @dailySet = 1 THEN NULL ELSE daily_disabled_reason END,
    updated_by = COALESCE(excluded.updated_by, updated_by),
    updated_at = excluded.updated_at
  RETURNING *`;

/** The named parameters that pick a claim's row, and only while the claim owns it. */
function ownedClaim(claim: DailyClaim) {
  const { platform, channel, localDate, token } = claim;
  return { platform, channel, localDate, token };
}

function openDatabase(path: string): Database.Database {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('STORE_OPEN_FAILED', `Cannot open the SQLite database at ${path}: ${reason}`, {
      cause: error,
    });
  }
}

/** The embedded backend: one better-sqlite3 connection to a file (created with its directory if missing). */
export function openSqliteStore(options: { path: string; logger?: Logger }): Store {
  const db = openDatabase(options.path);
  let migrations: ReturnType<typeof migrateSqlite>;
  try {
    migrations = migrateSqlite(db);
  } catch (error) {
    db.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('STORE_MIGRATION_FAILED', `Migrating ${options.path} failed: ${reason}`, {
      cause: error,
    });
  }
  if (migrations.applied.length > 0) {
    options.logger?.info({ applied: migrations.applied, path: options.path }, 'sqlite migrations applied');
  }

  const statements = {
    get: db.prepare('SELECT * FROM channel_settings WHERE platform = ? AND channel = ?'),
    upsert: db.prepare(UPSERT_SETTINGS),
    subscriptions: db.prepare(
      'SELECT * FROM channel_settings WHERE daily_enabled = 1 ORDER BY platform, channel',
    ),
    // One statement under SQLite's write lock, so concurrent claimers see each other's result.
    // claimed_at is always Date#toISOString (UTC, fixed width), so text order is time order.
    claim: db.prepare(`INSERT INTO daily_posts (platform, channel, local_date, claim_token, claimed_at)
      VALUES (@platform, @channel, @localDate, @token, @now)
      ON CONFLICT (platform, channel, local_date) DO UPDATE SET
        claim_token = excluded.claim_token,
        claimed_at = excluded.claimed_at
      WHERE status = 'claimed' AND claimed_at < @staleBefore`),
    // Release and mark match the holder's token: a takeover stored a new one, so a stale holder's
    // release or mark finds no row and changes nothing.
    release: db.prepare(`DELETE FROM daily_posts
      WHERE platform = @platform AND channel = @channel AND local_date = @localDate
        AND claim_token = @token AND status = 'claimed'`),
    posted: db.prepare(`UPDATE daily_posts SET status = 'posted', posted_at = COALESCE(posted_at, @now)
      WHERE platform = @platform AND channel = @channel AND local_date = @localDate
        AND claim_token = @token`),
    // Like the daily claim: one statement under the write lock; explained_at is toISOString text.
    claimExplain: db.prepare(`INSERT INTO auto_explain_claims
        (platform, workspace, channel, flood_key, explained_at, claim_token)
      VALUES (@platform, @workspace, @channel, @key, @now, @token)
      ON CONFLICT (platform, workspace, channel, flood_key) DO UPDATE SET
        explained_at = excluded.explained_at,
        claim_token = excluded.claim_token
      WHERE explained_at <= @expiredAt`),
    pruneExplains: db.prepare(`DELETE FROM auto_explain_claims
      WHERE platform = @platform AND workspace = @workspace AND channel = @channel
        AND explained_at <= @expiredAt`),
    disable: db.prepare(`UPDATE channel_settings
      SET daily_enabled = 0, daily_disabled_reason = ?, updated_at = ?
      WHERE platform = ? AND channel = ?`),
  };

  let closed = false;
  const open = (): void => {
    if (closed) throw new StoreError('STORE_CLOSED', 'The store is closed');
  };

  return {
    backend: 'sqlite',
    migrations,
    async getChannelSettings(platform: Platform, channel: string) {
      open();
      const row = statements.get.get(platform, channel) as ChannelSettingsRow | undefined;
      return row ? toStoredChannelSettings(row) : undefined;
    },
    async upsertChannelSettings(key: ChannelKey, patch: ChannelSettingsPatch, updatedBy?: string) {
      open();
      const columns = toPatchColumns(patch);
      const row = statements.upsert.get({
        platform: key.platform,
        channel: key.channel,
        workspace: key.workspace ?? null,
        locale: columns.locale,
        autoExplain: columns.autoExplain === null ? null : Number(columns.autoExplain),
        dailySet: Number(columns.dailySet),
        dailyEnabled: Number(columns.dailyEnabled),
        dailyTime: columns.dailyTime,
        dailyTimeZone: columns.dailyTimeZone,
        dailySince: columns.dailySince,
        updatedBy: updatedBy ?? null,
        updatedAt: new Date().toISOString(),
      }) as ChannelSettingsRow;
      return toStoredChannelSettings(row);
    },
    async listDailySubscriptions() {
      open();
      const rows = statements.subscriptions.all() as ChannelSettingsRow[];
      return rows.map(toDailySubscription).filter((s): s is DailySubscription => s !== undefined);
    },
    async claimDailyPost(platform: Platform, channel: string, localDate: string, claim: DailyClaimTime) {
      open();
      const won: DailyClaim = { platform, channel, localDate, token: randomUUID() };
      const result = statements.claim.run({
        ...won,
        now: claim.now.toISOString(),
        staleBefore: staleClaimsBefore(claim).toISOString(),
      });
      return result.changes === 1 ? won : undefined;
    },
    async releaseDailyPost(claim: DailyClaim) {
      open();
      return statements.release.run(ownedClaim(claim)).changes === 1;
    },
    async markDailyPosted(claim: DailyClaim) {
      open();
      return statements.posted.run({ ...ownedClaim(claim), now: new Date().toISOString() }).changes === 1;
    },
    async claimAutoExplain(key: AutoExplainChannel, keys: readonly string[], claim: AutoExplainClaimTime) {
      open();
      const where = { platform: key.platform, workspace: key.workspace ?? '', channel: key.channel };
      const expiredAt = expiredExplainsAtOrBefore(claim).toISOString();
      const params = { ...where, now: claim.now.toISOString(), token: randomUUID(), expiredAt };
      const won = db
        .transaction(() =>
          [...new Set(keys)].filter((k) => statements.claimExplain.run({ ...params, key: k }).changes === 1),
        )
        .immediate();
      try {
        statements.pruneExplains.run({ ...where, expiredAt });
      } catch (error) {
        options.logger?.warn({ err: error, ...where }, 'sqlite: deleting run-out auto-explain claims failed');
      }
      return won;
    },
    async disableDaily(platform: Platform, channel: string, reason: string) {
      open();
      statements.disable.run(reason, new Date().toISOString(), platform, channel);
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
