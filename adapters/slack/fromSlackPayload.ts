import type { SlashCommand } from '@slack/bolt';
import type { Locale } from '../../src/core/locale.js';
import { toLocale } from '../../src/core/locale.js';
import type { BotRequest } from '../../src/core/request.js';
import { decodeSlackEntities, slackMarkupToText, stripUserMention } from './slackMarkupToText.js';

/** The fields of a slash command the bot reads. */
export type SlashCommandPayload = Pick<SlashCommand, 'text' | 'user_id' | 'channel_id' | 'team_id'>;

/** The fields of a user message (mention, DM) the bot reads. */
export interface MessagePayload {
  text?: string;
  user?: string;
  channel: string;
  team?: string;
  ts: string;
  thread_ts?: string;
}

/** The fields of a `block_actions` button press the bot reads. */
export interface ButtonPressPayload {
  value?: string;
  userId: string;
  channelId?: string;
  teamId?: string;
}

/**
 * `/http <query>`. Slack sends the typed text with `&`, `<`, `>` entity-escaped; only those are
 * decoded, so a literal `<!channel>` someone typed stays literal text (and is escaped again on output).
 */
export function fromSlashCommand(command: SlashCommandPayload): BotRequest {
  return {
    kind: 'command',
    platform: 'slack',
    text: decodeSlackEntities(command.text ?? '').trim(),
    user: command.user_id,
    channel: command.channel_id,
    workspace: command.team_id,
  };
}

/**
 * A message addressed to the bot (`@bot 503` or a DM). The bot's own mention is removed and the
 * remaining markup flattened to readable text. `inThread` replies go to the message's thread, or
 * start one under it.
 */
export function fromAddressedMessage(
  message: MessagePayload,
  botUserId: string | undefined,
  inThread: boolean,
): BotRequest {
  const text = slackMarkupToText(stripUserMention(message.text ?? '', botUserId)).trim();
  const thread = inThread ? (message.thread_ts ?? message.ts) : message.thread_ts;
  return {
    kind: 'message',
    platform: 'slack',
    text,
    user: message.user ?? '',
    channel: message.channel,
    ...(message.team ? { workspace: message.team } : {}),
    ...(thread ? { thread } : {}),
  };
}

/** A choice button press; the button's value names the code and the list's locale (`"503:ko"`). */
export function fromButtonPress(press: ButtonPressPayload): BotRequest {
  const choice = decodeChoiceValue(press.value);
  return {
    kind: 'action',
    platform: 'slack',
    text: choice ? String(choice.code) : '',
    ...(choice?.locale ? { locale: choice.locale } : {}),
    user: press.userId,
    channel: press.channelId ?? '',
    ...(press.teamId ? { workspace: press.teamId } : {}),
  };
}

/** Parses a choice button value written by `encodeChoiceValue`; undefined for anything else. */
export function decodeChoiceValue(value: string | undefined): { code: number; locale?: Locale } | undefined {
  const match = /^(\d{3})(?::(\w+))?$/.exec(value ?? '');
  if (!match) return undefined;
  const locale = toLocale(match[2]);
  return { code: Number(match[1]), ...(locale ? { locale } : {}) };
}
