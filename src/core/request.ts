import type { Locale } from './locale.js';

/** The platform a request came from. */
export type Platform = 'slack' | 'discord' | 'console';

/**
 * What every adapter turns its platform payload into. Nothing platform-specific crosses this line;
 * ids are opaque strings.
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
  thread?: string;
}
