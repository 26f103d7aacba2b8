import { z } from 'zod';
import type { Locale } from './core/locale.js';

/** Slack connection settings. `appToken` set means Socket Mode. */
export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  apiUrl?: string;
}

/** Discord connection settings. */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

/** The whole validated configuration. Secrets live only here and are never logged. */
export interface AppConfig {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Port for the HTTP server (Slack HTTP mode and /healthz); undefined when no server is needed. */
  port?: number;
  host: string;
  databaseUrl?: string;
  databasePath: string;
  defaultLocale: Locale;
  dailyTime: string;
  dailyTimeZone: string;
  autoExplain: boolean;
  /** Minutes during which one code is explained at most once per channel. */
  autoExplainCooldownMinutes: number;
  logLevel: string;
}

/** Start-up configuration errors, all of them at once. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must start with xoxb-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, 'looks too short').optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must start with xapp-').optional(),
  SLACK_API_URL: z.url().optional(),
  DISCORD_TOKEN: z.string().min(10, 'looks too short').optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'must be a numeric snowflake')
    .optional(),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'must be a numeric snowflake')
    .optional(),
  DISCORD_API_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_PATH: z.string().default('var/http-status-bot.sqlite'),
  DEFAULT_LOCALE: z.enum(['ko', 'en']).default('ko'),
  DAILY_TIME: z.string().regex(HH_MM, 'must be HH:MM (24-hour), e.g. 09:00').default('09:00'),
  DAILY_TZ: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone, e.g. Asia/Seoul')
    .default('Asia/Seoul'),
  AUTO_EXPLAIN: z.enum(['on', 'off']).default('on'),
  AUTO_EXPLAIN_COOLDOWN_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Reads the environment; an empty variable counts as unset. Throws `ConfigError` listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const parsed = envSchema.safeParse(cleaned);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Never echo the value: it may be a secret.
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  if (Boolean(e.SLACK_BOT_TOKEN) !== Boolean(e.SLACK_SIGNING_SECRET)) {
    problems.push(
      e.SLACK_BOT_TOKEN
        ? 'SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set'
        : 'SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET is set',
    );
  }
  if (e.SLACK_APP_TOKEN && !e.SLACK_BOT_TOKEN)
    problems.push('SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set');
  if (Boolean(e.DISCORD_TOKEN) !== Boolean(e.DISCORD_APPLICATION_ID)) {
    problems.push(
      e.DISCORD_TOKEN
        ? 'DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set'
        : 'DISCORD_TOKEN: required when DISCORD_APPLICATION_ID is set',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const slack: SlackConfig | undefined =
    e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
          ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
        }
      : undefined;
  const discord: DiscordConfig | undefined =
    e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
          ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
        }
      : undefined;
  const slackHttp = slack !== undefined && slack.appToken === undefined;
  const port = e.PORT ?? (slackHttp ? 3000 : undefined);
  return {
    ...(slack ? { slack } : {}),
    ...(discord ? { discord } : {}),
    ...(port !== undefined ? { port } : {}),
    host: e.HOST,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    databasePath: e.DATABASE_PATH,
    defaultLocale: e.DEFAULT_LOCALE,
    dailyTime: e.DAILY_TIME,
    dailyTimeZone: e.DAILY_TZ,
    autoExplain: e.AUTO_EXPLAIN === 'on',
    autoExplainCooldownMinutes: e.AUTO_EXPLAIN_COOLDOWN_MINUTES,
    logLevel: e.LOG_LEVEL,
  };
}
