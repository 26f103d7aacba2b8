import type { types } from '@slack/bolt';

/**
 * The fields of any `message` event variant the bot reads. Bolt types `message` as a union of
 * subtypes; this is the common, all-optional view of them.
 */
export interface SlackMessageEvent {
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  team?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  attachments?: types.MessageAttachment[];
  blocks?: (types.KnownBlock | types.Block)[];
}

/** Reads a Bolt `message` event through the common view. */
export function asSlackMessageEvent(event: types.MessageEvent): SlackMessageEvent {
  return event as SlackMessageEvent;
}
