import { type REST, Routes } from 'discord.js';

/** The one REST call the poster makes; a getter-backed object lets the bot swap clients underneath. */
export type RestPoster = Pick<REST, 'post'>;

import type { ChannelPoster } from '../../src/app/contracts.js';
import type { Card } from '../../src/core/card.js';
import { deliveryResultOf } from './deliveryResultOf.js';
import { toDiscordMessage } from './toDiscordMessage.js';

/**
 * Posts cards (the daily code) to a channel through the client's REST handler, so no channel needs to
 * be cached first. Never throws: failures come back as a `DeliveryResult`.
 */
export function createDiscordPoster(rest: RestPoster): ChannelPoster {
  return {
    platform: 'discord',
    async postCard(target: { channel: string }, card: Card) {
      try {
        await rest.post(Routes.channelMessages(target.channel), {
          body: { ...toDiscordMessage(card), allowed_mentions: { parse: [], replied_user: false } },
        });
        return { ok: true };
      } catch (error) {
        return deliveryResultOf(error);
      }
    },
  };
}
