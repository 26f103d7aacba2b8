import { createAutoExplainService } from '../../src/app/autoExplain/createAutoExplainService.js';
import type { AutoExplainService } from '../../src/app/contracts.js';
import type { StatusCore } from '../../src/core/answer.js';

/** Auto-explain switched on in every channel, answering in English, with a 30-minute cooldown. */
export function autoExplainEverywhere(core: StatusCore): AutoExplainService {
  return createAutoExplainService({
    core,
    enabled: true,
    cooldownMinutes: 30,
    isChannelEnabled: async () => true,
    channelLocale: async () => 'en',
  });
}
