import type { StatusCore } from '../../core/answer.js';
import { detectStatusCodes, type StatusDetection } from '../../core/detect/detectStatusCodes.js';
import { buildExplainCard } from '../../core/explain/buildExplainCard.js';
import type { Locale } from '../../core/locale.js';
import type { Platform } from '../../core/request.js';
import type { AutoExplainOutcome, AutoExplainService, InboundMessage } from '../contracts.js';
import { createFloodControl } from './floodControl.js';

/** What the auto-explainer needs from the app. */
export interface AutoExplainOptions {
  core: StatusCore;
  /** `AUTO_EXPLAIN=off` turns it off everywhere. */
  enabled: boolean;
  /** Minutes during which one code is explained at most once per channel. */
  cooldownMinutes: number;
  isChannelEnabled: (platform: Platform, channel: string) => Promise<boolean>;
  /** The language replies in this channel are written in. */
  channelLocale: (platform: Platform, channel: string) => Promise<Locale>;
  /** The clock, when `consider` is not given one. */
  now?: () => Date;
}

/**
 * Looks at channel messages and answers those that carry HTTP status codes with a compact card,
 * flood-controlled per channel; explicit requests (`explainNow`) skip flood control.
 */
export function createAutoExplainService(options: AutoExplainOptions): AutoExplainService {
  const flood = createFloodControl({ cooldownMinutes: options.cooldownMinutes });
  const clock = options.now ?? (() => new Date());

  return {
    async consider(message: InboundMessage, now?: Date): Promise<AutoExplainOutcome> {
      if (!options.enabled) return { skipped: 'disabled' };
      // Detection is pure and rejects almost every chat message, so it runs before the channel's
      // settings are read: ordinary chatter never costs a database query.
      const detection = detectStatusCodes(message.text);
      const keys = floodKeys(detection);
      if (keys.length === 0) return { skipped: 'noCodes' };
      if (!(await options.isChannelEnabled(message.platform, message.channel)))
        return { skipped: 'disabled' };
      const locale = await options.channelLocale(message.platform, message.channel);
      const decision = flood.admit(
        {
          channel: `${message.platform}:${message.workspace ?? ''}:${message.channel}`,
          // A reply to a top-level message opens a thread on that message.
          thread: message.threadId ?? message.messageId,
        },
        keys,
        (now ?? clock()).getTime(),
      );
      if ('skipped' in decision) return { skipped: decision.skipped };
      const allowed = new Set(decision.allowed);
      const codes = detection.codes.filter((code) => allowed.has(String(code)));
      const classes = detection.classes.filter((name) => allowed.has(name));
      const reply = buildExplainCard({ codes, classes }, locale, options.core);
      return reply ? { reply, codes } : { skipped: 'noCodes' };
    },

    explainNow(text, locale) {
      return buildExplainCard(detectStatusCodes(text), locale, options.core);
    },
  };
}

/** Codes when there are any; class mentions only stand in when no code is present (as the card shows). */
function floodKeys(detection: StatusDetection): string[] {
  return detection.codes.length > 0 ? detection.codes.map(String) : [...detection.classes];
}
