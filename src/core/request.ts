import type { Locale } from './locale.js';

/** The platform a request came from. */
export type Platform = 'slack' | 'discord' | 'console';

/**
 * What every adapter turns its platform payload into: commands, messages, autocomplete and actions
 * alike (the one inbound type; the auto-explainer reads a message's fields of it as `InboundMessage`).
 * Nothing platform-specific crosses this line; ids are opaque strings.
 */
export interface BotRequest {
  kind: 'command' | 'message' | 'autocomplete' | 'action';
  platform: Platform;
  /** The query text as typed, or the message text with markup already flattened. */
  text: string;
  /** The user's language when the platform tells it (Discord does; Slack does not). */
  locale?: Locale;
  user: string;
  channel: string;
  /** Workspace (Slack team) or guild id, when there is one. */
  workspace?: string;
  /** The thread the request sits in (Slack `thread_ts`, Discord thread channel id), if any. */
  thread?: string;
  /** The message's own id, for requests that are messages (Slack `ts`, Discord message id). */
  messageId?: string;
}
