import { toLocale } from '../core/locale.js';
import type { Platform } from '../core/request.js';
import type { DailyPatch, DailySubscription, StoredChannelSettings } from './store.js';

/** A `channel_settings` row as either driver returns it (SQLite booleans are 0/1, PostgreSQL's are booleans). */
export interface ChannelSettingsRow {
  platform: string;
  channel: string;
  workspace: string | null;
  locale: string | null;
  auto_explain: boolean | number | null;
  daily_enabled: boolean | number;
  daily_time: string | null;
  daily_time_zone: string | null;
  daily_disabled_reason: string | null;
  /** SQLite keeps the ISO text; PostgreSQL's TIMESTAMPTZ arrives as a Date. */
  daily_since: string | Date | null;
  updated_by: string | null;
  updated_at: string | Date;
}

function toIsoInstant(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}

function toBoolean(value: boolean | number | null): boolean | undefined {
  if (value === null) return undefined;
  return value === true || value === 1;
}

/** Maps a row to the store's shape, leaving never-set fields out. */
export function toStoredChannelSettings(row: ChannelSettingsRow): StoredChannelSettings {
  const locale = toLocale(row.locale);
  const autoExplain = toBoolean(row.auto_explain);
  return {
    platform: row.platform as Platform,
    channel: row.channel,
    ...(row.workspace !== null ? { workspace: row.workspace } : {}),
    ...(locale ? { locale } : {}),
    ...(autoExplain !== undefined ? { autoExplain } : {}),
    dailyEnabled: toBoolean(row.daily_enabled) === true,
    ...(row.daily_time !== null ? { dailyTime: row.daily_time } : {}),
    ...(row.daily_time_zone !== null ? { dailyTimeZone: row.daily_time_zone } : {}),
    ...(row.daily_since !== null ? { dailySince: toIsoInstant(row.daily_since) } : {}),
    ...(row.daily_disabled_reason !== null ? { dailyDisabledReason: row.daily_disabled_reason } : {}),
    ...(row.updated_by !== null ? { updatedBy: row.updated_by } : {}),
    updatedAt: toIsoInstant(row.updated_at),
  };
}

/** Maps an enabled row to a subscription; undefined when the row lacks a time or zone (never written so). */
export function toDailySubscription(row: ChannelSettingsRow): DailySubscription | undefined {
  if (row.daily_time === null || row.daily_time_zone === null) return undefined;
  const locale = toLocale(row.locale);
  return {
    platform: row.platform as Platform,
    channel: row.channel,
    ...(row.workspace !== null ? { workspace: row.workspace } : {}),
    time: row.daily_time,
    timeZone: row.daily_time_zone,
    ...(locale ? { locale } : {}),
    ...(row.daily_since !== null ? { since: toIsoInstant(row.daily_since) } : {}),
  };
}

/** The column values of a patch, with `dailySet` telling the upsert whether to touch the daily columns. */
export interface PatchColumns {
  locale: string | null;
  autoExplain: boolean | null;
  dailySet: boolean;
  dailyEnabled: boolean;
  dailyTime: string | null;
  dailyTimeZone: string | null;
  /** ISO instant the schedule takes effect when daily is turned on; the upsert keeps the old one if unchanged. */
  dailySince: string | null;
}

export function toPatchColumns(patch: {
  locale?: string;
  autoExplain?: boolean;
  daily?: DailyPatch;
}): PatchColumns {
  const daily = patch.daily;
  return {
    locale: patch.locale ?? null,
    autoExplain: patch.autoExplain ?? null,
    dailySet: daily !== undefined,
    dailyEnabled: daily?.enabled === true,
    dailyTime: daily?.enabled ? daily.time : null,
    dailyTimeZone: daily?.enabled ? daily.timeZone : null,
    dailySince: daily?.enabled ? (daily.since ?? new Date()).toISOString() : null,
  };
}
