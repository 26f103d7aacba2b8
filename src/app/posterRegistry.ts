import type { Platform } from '../core/request.js';
import type { ChannelPoster } from './contracts.js';

/** Where adapters leave their `ChannelPoster` once connected, and where the scheduler finds it. */
export interface PosterRegistry {
  register(poster: ChannelPoster): void;
  get(platform: Platform): ChannelPoster | undefined;
}

export function createPosterRegistry(): PosterRegistry {
  const posters = new Map<Platform, ChannelPoster>();
  return {
    register: (poster) => {
      posters.set(poster.platform, poster);
    },
    get: (platform) => posters.get(platform),
  };
}
