import type { Message } from 'discord.js';
import type { InboundMessage } from '../../src/app/contracts.js';
import { flattenDiscordMessage } from './flattenDiscordMessage.js';

/**
 * A channel message as the auto-explainer sees it. In a thread, the settings and flood control belong
 * to the parent channel and the thread is the conversation.
 */
export function fromDiscordMessage(message: Message): InboundMessage {
  const inThread = message.channel.isThread();
  const parent = inThread ? message.channel.parentId : null;
  return {
    platform: 'discord',
    ...(message.guildId ? { workspace: message.guildId } : {}),
    channel: parent ?? message.channelId,
    messageId: message.id,
    ...(inThread ? { thread: message.channelId } : {}),
    text: flattenDiscordMessage(message),
  };
}
