import { randomUUID } from 'node:crypto';
import pg from 'pg';
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
import { describePostgresTarget } from './describePostgresTarget.js';
import { isConnectionError } from './isConnectionError.js';
import { isQueryTimeout } from './isQueryTimeout.js';
import { migratePostgres } from './migratePostgres.js';
import { type ConnectionRetryPolicy, retryOnConnectionError } from './retryOnConnectionError.js';

const UPSERT_SETTINGS = `
  INSERT INTO channel_settings AS s (platform, channel, workspace, locale, auto_explain, daily_enabled,
    daily_time, daily_time_zone, daily_since, daily_disabled_reason, updated_by, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $11::timestamptz, NULL, $9, now())
  ON CONFLICT (platform, channel) DO UPDATE SET
    workspace = COALESCE(excluded.workspace, s.workspace),
    locale = COALESCE(excluded.locale, s.locale),
    auto_explain = COALESCE(excluded.auto_explain, s.auto_explain),
    daily_enabled = CASE WHEN $10::boolean THEN excluded.daily_enabled ELSE s.daily_enabled END,
    daily_time = COALESCE(excluded.daily_time, s.daily_time),
    daily_time_zone = COALESCE(excluded.daily_time_zone, s.daily_time_zone),
    daily_since = CASE
      WHEN excluded.daily_enabled AND (NOT s.daily_enabled
        OR s.daily_time IS DISTINCT FROM excluded.daily_time
        OR s.daily_time_zone IS DISTINCT FROM excluded.daily_time_zone)
      THEN excluded.daily_since ELSE s.daily_since END,
    daily_disabled_reason = CASE WHEN $10::boolean THEN NULL ELSE s.daily_disabled_reason END,
    updated_by = COALESCE(excluded.updated_by, s.updated_by),
    updated_at = now()
  RETURNING *`;

/**
 * Claims several keys of one channel in one statement, as the daily claim does: ON CONFLICT locks each
 * existing row and checks the WHERE against its latest version, so of concurrent claimers exactly one
 * wins each key. Rows are locked in key order, so two claimers of overlapping key sets cannot deadlock.
 * Matching our own token lets a retry after a lost reply recognise what its first try won.
 */
const CLAIM_EXPLAIN = `
  INSERT INTO auto_explain_claims AS c (platform, workspace, channel, flood_key, explained_at, claim_token)
  SELECT $1, $2, $3, k.flood_key, $5::timestamptz, $6
  FROM unnest($4::text[]) AS k(flood_key)
  ORDER BY k.flood_key
  ON CONFLICT (platform, workspace, channel, flood_key) DO UPDATE SET
    explained_at = excluded.explained_at,
    claim_token = excluded.claim_token
  WHERE c.explained_at <= $7::timestamptz OR c.claim_token = excluded.claim_token
  RETURNING c.flood_key`;

/**
 * Deletes a channel's run-out claims after a claim, as its own statement. SKIP LOCKED: it never waits
 * for a row a concurrent claimer holds (that row is being renewed anyway), so it can take part in no
 * deadlock; a row it skips goes at a later claim.
 */
const PRUNE_EXPLAINS = `
  DELETE FROM auto_explain_claims
  WHERE (platform, workspace, channel, flood_key) IN (
    SELECT platform, workspace, channel, flood_key FROM auto_explain_claims
    WHERE platform = $1 AND workspace = $2 AND channel = $3 AND explained_at <= $4::timestamptz
    FOR UPDATE SKIP LOCKED)`;

/**
 * How long one runtime query (settings, daily claims, auto-explain claims, subscriptions) may take before
 * it fails with `STORE_TIMEOUT`. Each takes milliseconds on a healthy server; one that has not answered in
 * 10 s is hung or stuck behind a lock, and waiting longer only stalls what waits on it: a settings reply
 * (due within 3 s on both platforms anyway), an auto-explain decision, a scheduler tick.
 */
export const POSTGRES_QUERY_TIMEOUT_MS = 10_000;

/**
 * How much longer `pg` waits on the socket than the server's `statement_timeout`. The server normally
 * cancels first, which ends the query for sure (it is not committed later) and frees what it waited on;
 * `pg`'s own `query_timeout` is the backstop for a server or network that answers nothing, not even that.
 */
const CLIENT_TIMEOUT_GRACE_MS = 1_000;

/**
 * The bound on each migration query, which runs on its own connection without the runtime timeout:
 * migrating waits on an advisory lock while another instance migrates (a release phase and a dyno
 * starting together), and a migration's DDL may take long on a big table, so seconds would fail healthy
 * starts. Ten minutes still ends a start against a server that never answers.
 */
const MIGRATION_QUERY_TIMEOUT_MS = 10 * 60_000;

/** SQLSTATEs of "this server will not let us in": bad credentials, missing database. */
const REFUSED_STATES = new Set(['28000', '28P01', '3D000']);

/** The parameters `$1..$4` that pick a claim's row, and only while the claim owns it. */
function ownedClaim(claim: DailyClaim): [string, string, string, string] {
  return [claim.platform, claim.channel, claim.localDate, claim.token];
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  return String(error);
}

/** Options for the PostgreSQL backend. */
export interface PostgresStoreOptions {
  /** `postgres://user:pass@host:port/db`; `?options=-c search_path=...` selects a schema. */
  url: string;
  logger?: Logger;
  /** Connections in the pool (default 5). */
  poolSize?: number;
  /** Retries after a lost connection (default 2 retries, 150 ms then 300 ms). */
  retry?: ConnectionRetryPolicy;
  /** The runtime query timeout (default `POSTGRES_QUERY_TIMEOUT_MS`); migrations are not bound by it. */
  queryTimeoutMs?: number;
}

/**
 * The server backend: a `pg` pool. Migrates before it resolves; a server that cannot be reached fails
 * with `StoreError` code `STORE_UNREACHABLE` naming host, port and database. A runtime query that takes
 * longer than `queryTimeoutMs` fails with `STORE_TIMEOUT`.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { logger } = options;
  const target = describePostgresTarget(options.url);
  const queryTimeoutMs = options.queryTimeoutMs ?? POSTGRES_QUERY_TIMEOUT_MS;
  const newPool = (config: pg.PoolConfig): pg.Pool => {
    const created = new pg.Pool({
      connectionString: options.url,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      ...config,
    });
    // An idle client whose server went away emits here; without a listener Node would crash the process.
    created.on('error', (error) => {
      logger?.warn({ err: error, target }, 'postgres idle connection lost; the pool will reconnect');
    });
    return created;
  };

  let migrations: Awaited<ReturnType<typeof migratePostgres>>;
  const migrationPool = newPool({ max: 1, query_timeout: MIGRATION_QUERY_TIMEOUT_MS });
  try {
    migrations = await retryOnConnectionError(
      () => migratePostgres(migrationPool),
      'migrations',
      logger,
      options.retry,
    );
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (isConnectionError(error) || (typeof code === 'string' && REFUSED_STATES.has(code))) {
      throw new StoreError('STORE_UNREACHABLE', `Cannot reach PostgreSQL at ${target}: ${reasonOf(error)}`, {
        cause: error,
      });
    }
    throw new StoreError(
      'STORE_MIGRATION_FAILED',
      `Migrating PostgreSQL at ${target} failed: ${reasonOf(error)}`,
      {
        cause: error,
      },
    );
  } finally {
    await migrationPool.end().catch(() => undefined);
  }
  if (migrations.applied.length > 0) {
    logger?.info({ applied: migrations.applied, target }, 'postgres migrations applied');
  }

  const pool = newPool({
    max: options.poolSize ?? 5,
    query_timeout: queryTimeoutMs + CLIENT_TIMEOUT_GRACE_MS,
    // Set by a command, not as a startup parameter, which PgBouncer refuses ("unsupported startup
    // parameter"). Behind a transaction-mode pooler it may not reach every server connection; the
    // client-side query_timeout above bounds every query regardless.
    onConnect: async (client) => {
      await client.query(`SET statement_timeout = ${Math.max(1, Math.round(queryTimeoutMs))}`);
    },
  });

  let closed = false;
  async function query<R extends pg.QueryResultRow>(
    what: string,
    sql: string,
    params: unknown[],
  ): Promise<pg.QueryResult<R>> {
    if (closed) throw new StoreError('STORE_CLOSED', 'The store is closed');
    try {
      // A timeout is not retried: the server is hung or the query waits on a lock, and a retry would
      // only multiply the stall the timeout is there to bound.
      return await retryOnConnectionError(() => pool.query<R>(sql, params), what, logger, options.retry);
    } catch (error) {
      if (isQueryTimeout(error)) {
        throw new StoreError(
          'STORE_TIMEOUT',
          `PostgreSQL at ${target} did not answer ${what} within ${queryTimeoutMs} ms: ${reasonOf(error)}`,
          { cause: error },
        );
      }
      const lost = isConnectionError(error);
      throw new StoreError(
        lost ? 'STORE_UNREACHABLE' : 'STORE_QUERY_FAILED',
        `${lost ? 'Lost connection to' : 'Query failed on'} PostgreSQL at ${target} during ${what}: ${reasonOf(error)}`,
        { cause: error },
      );
    }
  }

  return {
    backend: 'postgres',
    migrations,
    async getChannelSettings(platform: Platform, channel: string) {
      const { rows } = await query<ChannelSettingsRow>(
        'getChannelSettings',
        'SELECT * FROM channel_settings WHERE platform = $1 AND channel = $2',
        [platform, channel],
      );
      return rows[0] ? toStoredChannelSettings(rows[0]) : undefined;
    },
    async upsertChannelSettings(key: ChannelKey, patch: ChannelSettingsPatch, updatedBy?: string) {
      const c = toPatchColumns(patch);
      const { rows } = await query<ChannelSettingsRow>('upsertChannelSettings', UPSERT_SETTINGS, [
        key.platform,
        key.channel,
        key.workspace ?? null,
        c.locale,
        c.autoExplain,
        c.dailyEnabled,
        c.dailyTime,
        c.dailyTimeZone,
        updatedBy ?? null,
        c.dailySet,
        c.dailySince,
      ]);
      return toStoredChannelSettings(rows[0]!);
    },
    async listDailySubscriptions() {
      const { rows } = await query<ChannelSettingsRow>(
        'listDailySubscriptions',
        'SELECT * FROM channel_settings WHERE daily_enabled ORDER BY platform, channel',
        [],
      );
      return rows.map(toDailySubscription).filter((s): s is DailySubscription => s !== undefined);
    },
    async claimDailyPost(platform: Platform, channel: string, localDate: string, claim: DailyClaimTime) {
      // One statement: ON CONFLICT locks the existing row and checks the WHERE against its latest
      // version, so of concurrent claimers exactly one inserts or takes over. Matching our own token
      // lets a retry after a lost reply recognise the claim its first try committed.
      const won: DailyClaim = { platform, channel, localDate, token: randomUUID() };
      const { rowCount } = await query(
        'claimDailyPost',
        `INSERT INTO daily_posts AS d (platform, channel, local_date, claim_token, claimed_at)
         VALUES ($1, $2, $3, $4, $5::timestamptz)
         ON CONFLICT (platform, channel, local_date) DO UPDATE SET
           claim_token = excluded.claim_token,
           claimed_at = excluded.claimed_at
         WHERE d.status = 'claimed'
           AND (d.claimed_at < $6::timestamptz OR d.claim_token = excluded.claim_token)
         RETURNING d.claim_token`,
        [...ownedClaim(won), claim.now.toISOString(), staleClaimsBefore(claim).toISOString()],
      );
      return rowCount === 1 ? won : undefined;
    },
    // Release and mark match the holder's token: a takeover stored a new one, so a stale holder's
    // release or mark finds no row and changes nothing.
    async releaseDailyPost(claim: DailyClaim) {
      const { rowCount } = await query(
        'releaseDailyPost',
        `DELETE FROM daily_posts
         WHERE platform = $1 AND channel = $2 AND local_date = $3 AND claim_token = $4
           AND status = 'claimed'`,
        ownedClaim(claim),
      );
      return rowCount === 1;
    },
    async markDailyPosted(claim: DailyClaim) {
      // No status condition, and the first posted_at kept: a retry after a lost reply finds its own
      // first try's row and still reports the claim as held.
      const { rowCount } = await query(
        'markDailyPosted',
        `UPDATE daily_posts SET status = 'posted', posted_at = COALESCE(posted_at, now())
         WHERE platform = $1 AND channel = $2 AND local_date = $3 AND claim_token = $4`,
        ownedClaim(claim),
      );
      return rowCount === 1;
    },
    async claimAutoExplain(key: AutoExplainChannel, keys: readonly string[], claim: AutoExplainClaimTime) {
      const unique = [...new Set(keys)];
      if (unique.length === 0) return [];
      const where = [key.platform, key.workspace ?? '', key.channel];
      const expiredAt = expiredExplainsAtOrBefore(claim).toISOString();
      const { rows } = await query<{ flood_key: string }>('claimAutoExplain', CLAIM_EXPLAIN, [
        ...where,
        unique,
        claim.now.toISOString(),
        randomUUID(),
        expiredAt,
      ]);
      try {
        await query('pruneAutoExplain', PRUNE_EXPLAINS, [...where, expiredAt]);
      } catch (error) {
        logger?.warn(
          { err: error, code: (error as StoreError).code, platform: key.platform, channel: key.channel },
          'postgres: deleting run-out auto-explain claims failed',
        );
      }
      const won = new Set(rows.map((row) => row.flood_key));
      return unique.filter((k) => won.has(k));
    },
    async disableDaily(platform: Platform, channel: string, reason: string) {
      await query(
        'disableDaily',
        `UPDATE channel_settings SET daily_enabled = false, daily_disabled_reason = $3, updated_at = now()
         WHERE platform = $1 AND channel = $2`,
        [platform, channel, reason],
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
