/**
 * The seams between the app (config, storage, scheduling, auto-explain) and the platform adapters.
 * Adapters receive an `AppContext`; they never reach into storage or the scheduler directly.
 */
import type { Logger } from 'pino';
import type { StatusCore } from '../core/answer.js';
import type { Card } from '../core/card.js';
import type { Locale } from '../core/locale.js';
import type { BotRequest, Platform } from '../core/request.js';
import type { TypedSettingsCommand } from './settings/parseSettingsCommand.js';

/**
 * A channel message as the auto-explainer reads it: the fields of the adapter's `BotRequest` it needs,
 * with the message's own id (a reply to a top-level message opens a thread on it). `text` holds the
 * message text, attachment/embed text and block text, flattened by the adapter and joined with newlines.
 */
export type InboundMessage = Pick<
  BotRequest,
  'platform' | 'workspace' | 'channel' | 'thread' | 'text' | 'locale'
> &
  Required<Pick<BotRequest, 'messageId'>>;

/** Why an auto reply was held back (for logs and tests). */
export type AutoExplainSkip = 'disabled' | 'noCodes' | 'flood' | 'alreadyExplained';

/** The result of looking at one message. */
export type AutoExplainOutcome = { reply: Card; codes: number[] } | { skipped: AutoExplainSkip };

/** Decides whether and how to explain the status codes in a message. */
export interface AutoExplainService {
  /** Flood-controlled, per-channel-setting-aware. `now` is injectable for tests. */
  consider(message: InboundMessage, now?: Date): Promise<AutoExplainOutcome>;
  /** An explicit request (message shortcut / context menu): no flood control. Null when no codes. */
  explainNow(text: string, locale: Locale): Card | null;
}

/** The effective settings of one channel. */
export interface ChannelSettings {
  locale: Locale;
  autoExplain: boolean;
  daily: { enabled: boolean; time: string; timeZone: string };
}

/** Who changed a setting and where, for the confirmation line and the store. */
export interface SettingsActor {
  platform: Platform;
  workspace?: string;
  channel: string;
  user: string;
}

/** The outcome of a settings command: a card to show, and whether it changed anything. */
export interface SettingsOutcome {
  card: Card;
  /** True when something was stored: the adapter then posts the card publicly. */
  changed: boolean;
}

/** Channel settings, shared by `/http config|daily|auto|lang ...` (Slack) and `/httpconfig` (Discord). */
export interface SettingsService {
  get(platform: Platform, channel: string): Promise<ChannelSettings>;
  /**
   * Parse and apply a settings command given as words (`['daily', 'on', '08:30', 'Asia/Seoul']`,
   * `['lang', 'en']`, `['config']`). Bad input returns an error card and stores nothing.
   */
  apply(words: readonly string[], actor: SettingsActor, locale: Locale): Promise<SettingsOutcome>;
  /** The same commands from typed options (Discord's subcommands), checked as words are; no words in between. */
  applyTyped(command: TypedSettingsCommand, actor: SettingsActor, locale: Locale): Promise<SettingsOutcome>;
}

/** How a delivery to a channel went, as the scheduler needs to know it. */
export type DeliveryResult =
  | { ok: true }
  /** `permanent`: the channel is gone or the bot lost access; the subscription is turned off. */
  | { ok: false; permanent: boolean; reason: string };

/** Implemented by each adapter so the scheduler can post daily cards. */
export interface ChannelPoster {
  platform: Platform;
  postCard(target: { channel: string; workspace?: string }, card: Card): Promise<DeliveryResult>;
}

/**
 * Something started that runs until stopped: a platform adapter, the console, or the whole bot. The one
 * contract the start-up wiring holds every running part by.
 */
export interface RunningAdapter {
  /** Stops taking work, lets in-flight work finish (bounded), then closes its connections. Idempotent. */
  stop(): Promise<void>;
  /** Settles once it has ended: after `stop()`, or on its own (the console when its input closes). */
  finished: Promise<void>;
  /** The HTTP port it listens on, when it serves one (Slack in HTTP mode). */
  port?: number;
}

/** Everything an adapter needs from the app. */
export interface AppContext {
  core: StatusCore;
  logger: Logger;
  defaultLocale: Locale;
  settings: SettingsService;
  autoExplain: AutoExplainService;
  /** Adapters register their poster once connected; the daily scheduler uses it. */
  registerPoster(poster: ChannelPoster): void;
}
