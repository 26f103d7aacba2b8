import { renderActorMentions } from '../../src/app/settings/actorMention.js';
import type { SlackMessage } from './toSlackBlocks.js';

/**
 * Turns the settings service's `@{U123}` actor tokens into Slack mentions (`<@U123>`) in the mrkdwn
 * parts of an already rendered message. Only for settings cards: their tokens come from the
 * platform's user id, never from typed text (other cards may echo a typed `@{...}`, which must stay text).
 */
export function withActorMentions(message: SlackMessage): SlackMessage {
  const mention = (text: string) => renderActorMentions(text, (userId) => `<@${userId}>`);
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (record.type === 'mrkdwn' && typeof record.text === 'string')
      return { ...record, text: mention(record.text) };
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, visit(inner)]));
  };
  return {
    ...message,
    text: mention(message.text),
    blocks: visit(message.blocks) as SlackMessage['blocks'],
    ...(message.attachments
      ? { attachments: visit(message.attachments) as SlackMessage['attachments'] }
      : {}),
  };
}
