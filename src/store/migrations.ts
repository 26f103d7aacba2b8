/**
 * The schema's history. Append only: a released migration is never edited, a change is a new version.
 * Each one runs inside the same transaction as its `schema_migrations` row, so it applies fully or not at all.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sqlite: `
      CREATE TABLE channel_settings (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        workspace TEXT,
        locale TEXT CHECK (locale IN ('ko', 'en')),
        auto_explain INTEGER CHECK (auto_explain IN (0, 1)),
        daily_enabled INTEGER NOT NULL DEFAULT 0 CHECK (daily_enabled IN (0, 1)),
        daily_time TEXT,
        daily_time_zone TEXT,
        daily_disabled_reason TEXT,
        updated_by TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, channel)
      );
      CREATE INDEX channel_settings_daily_on ON channel_settings (platform, channel) WHERE daily_enabled = 1;
      CREATE TABLE daily_posts (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        local_date TEXT NOT NULL,
        claim_token TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'posted')),
        claimed_at TEXT NOT NULL,
        posted_at TEXT,
        PRIMARY KEY (platform, channel, local_date)
      );
    `,
    postgres: `
      CREATE TABLE channel_settings (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        workspace TEXT,
        locale TEXT CHECK (locale IN ('ko', 'en')),
        auto_explain BOOLEAN,
        daily_enabled BOOLEAN NOT NULL DEFAULT false,
        daily_time TEXT,
        daily_time_zone TEXT,
        daily_disabled_reason TEXT,
        updated_by TEXT,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (platform, channel)
      );
      CREATE INDEX channel_settings_daily_on ON channel_settings (platform, channel) WHERE daily_enabled;
      CREATE TABLE daily_posts (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        local_date TEXT NOT NULL,
        claim_token TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'posted')),
        claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        posted_at TIMESTAMPTZ,
        PRIMARY KEY (platform, channel, local_date)
      );
    `,
  },
  {
    version: 2,
    name: 'daily schedule start',
    // When the current daily schedule took effect, so a channel that subscribes after today's time waits
    // for tomorrow. Rows from before this column stay NULL: "always", so they keep today's catch-up.
    sqlite: `
      ALTER TABLE channel_settings ADD COLUMN daily_since TEXT;
    `,
    postgres: `
      ALTER TABLE channel_settings ADD COLUMN daily_since TIMESTAMPTZ;
    `,
  },
  {
    version: 3,
    name: 'auto explain claims',
    // Which instance explained a code (or class mention) in a channel, and when, so several instances on
    // one database explain it once per cooldown between them. The workspace is part of the key ('' when
    // the platform gives none), as in the in-memory flood control. The primary key's prefix serves the
    // per-channel deletion of run-out rows. claim_token lets a PostgreSQL retry recognise its own claim.
    sqlite: `
      CREATE TABLE auto_explain_claims (
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        flood_key TEXT NOT NULL,
        explained_at TEXT NOT NULL,
        claim_token TEXT NOT NULL,
        PRIMARY KEY (platform, workspace, channel, flood_key)
      );
    `,
    postgres: `
      CREATE TABLE auto_explain_claims (
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        flood_key TEXT NOT NULL,
        explained_at TIMESTAMPTZ NOT NULL,
        claim_token TEXT NOT NULL,
        PRIMARY KEY (platform, workspace, channel, flood_key)
      );
    `,
  },
];

/** `'001 initial schema'`: how a migration is named in reports. */
export function describeMigration(migration: Migration): string {
  return `${String(migration.version).padStart(3, '0')} ${migration.name}`;
}
