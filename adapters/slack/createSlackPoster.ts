import { webApi } from '@slack/bolt';
import type { ChannelPoster } from '../../src/app/contracts.js';
import { classifySlackDeliveryError } from './classifySlackDeliveryError.js';
import { toSlackBlocks } from './toSlackBlocks.js';

/**
 * Posts scheduled cards (the code of the day) to Slack channels, for the daily scheduler. Give it a
 * client made by `createPosterClient`: a rate limit must come back as a transient failure at once
 * (the scheduler retries later) rather than hold shutdown for the whole `retry-after`.
 */
export function createSlackPoster(client: webApi.WebClient): ChannelPoster {
  return {
    platform: 'slack',
    postCard: async (target, card) => {
      try {
        await client.chat.postMessage({
          channel: target.channel,
          ...toSlackBlocks(card),
          unfurl_links: false,
          unfurl_media: false,
        });
        return { ok: true };
      } catch (error) {
        return classifySlackDeliveryError(error);
      }
    },
  };
}

/** A Web API client for the poster: same settings as the app's, but rate limits reject immediately. */
export function createPosterClient(token: string, options: webApi.WebClientOptions): webApi.WebClient {
  return new webApi.WebClient(token, { ...options, rejectRateLimitedCalls: true });
}
