import type { Message } from 'discord.js';
import type { Logger } from 'pino';
import type { AutoExplainService } from '../../src/app/contracts.js';
import { NO_MENTIONS } from './allowedMentions.js';
import { fromDiscordMessage } from './fromDiscordMessage.js';
import { toDiscordMessage } from './toDiscordMessage.js';

/** True for messages the bot must not explain: its own posts (replies, interaction answers) and system notices. */
export function isIgnoredMessage(message: Message): boolean {
  if (message.system) return true;
  if (message.author.id === message.client.user.id) return true;
  // Interaction answers and follow-ups carry our application id even when sent through a webhook.
  const ownApplication = message.client.application?.id;
  return ownApplication !== undefined && message.applicationId === ownApplication;
}

/**
 * Auto-explain for one new channel message (people, bots and webhooks alike): asks the service, and
 * when it answers, replies to the message (or in the thread started on it) without pinging anyone.
 * Never rejects; failures are logged.
 */
export async function explainChannelMessage(
  autoExplain: AutoExplainService,
  log: Logger,
  message: Message,
): Promise<void> {
  if (isIgnoredMessage(message)) return;
  try {
    const inbound = fromDiscordMessage(message);
    if (inbound.text.trim() === '') return;
    const outcome = await autoExplain.consider(inbound);
    if ('skipped' in outcome) {
      if (outcome.skipped !== 'noCodes')
        log.debug({ skipped: outcome.skipped, channel: inbound.channel }, 'auto-explain held back');
      return;
    }
    const payload = { ...toDiscordMessage(outcome.reply), allowedMentions: NO_MENTIONS };
    if (message.thread) await message.thread.send(payload);
    else await message.reply(payload);
    log.info({ channel: inbound.channel, codes: outcome.codes }, 'auto-explained a message');
  } catch (error) {
    log.error({ err: error, channel: message.channelId, messageId: message.id }, 'auto-explain failed');
  }
}
