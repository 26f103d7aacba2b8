import type { Logger } from 'pino';
import type { StatusCore } from '../../core/answer.js';
import { detectStatusCodes, type StatusDetection } from '../../core/detect/detectStatusCodes.js';
import { buildExplainCard } from '../../core/explain/buildExplainCard.js';
import type { Locale } from '../../core/locale.js';
import type { Platform } from '../../core/request.js';
import type { Store } from '../../store/store.js';
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
  /**
   * The store every instance on one database shares. When given, each code the in-memory flood control
   * lets through is also claimed there, so of several instances exactly one explains a code in a channel
   * per cooldown. Absent (console mode, unit tests): this process's flood control alone decides.
   */
  shared?: {
    store: Pick<Store, 'claimAutoExplain'>;
    /** Where a failed claim is logged. */
    logger: Logger;
  };
}

/**
 * Looks at channel messages and answers those that carry HTTP status codes with a compact card,
 * flood-controlled per channel; explicit requests (`explainNow`) skip flood control.
 *
 * Flood control has two gates. The in-memory one (this process) runs first and is cheap: the cooldown
 * per code, the per-minute cap and once-per-thread. The last two stay per process: with several instances
 * the per-minute cap is per instance, and a thread is only remembered by the instance that answered in it.
 * The cooldown also holds across instances: the codes the first gate lets through are claimed in the
 * shared store (`shared`), and codes another instance explained within the cooldown are dropped from the
 * reply. If the store fails, the error is logged and the first gate's decision stands for that message.
 */
export function createAutoExplainService(options: AutoExplainOptions): AutoExplainService {
  const flood = createFloodControl({ cooldownMinutes: options.cooldownMinutes });
  const clock = options.now ?? (() => new Date());
  const cooldownMs = options.cooldownMinutes * 60_000;

  /** The keys this instance may explain of those its own flood control allowed. */
  const claimShared = async (message: InboundMessage, keys: string[], now: Date): Promise<string[]> => {
    // With no cooldown there is nothing to share: every instance may explain every code.
    const { shared } = options;
    if (!shared || cooldownMs === 0) return keys;
    const channel = {
      platform: message.platform,
      channel: message.channel,
      ...(message.workspace !== undefined ? { workspace: message.workspace } : {}),
    };
    try {
      return await shared.store.claimAutoExplain(channel, keys, { now, cooldownMs });
    } catch (error) {
      shared.logger.error(
        { err: error, code: (error as { code?: unknown }).code, ...channel, keys },
        'auto-explain could not claim its codes in the store; this instance decides alone for this message',
      );
      return keys;
    }
  };

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
      const at = now ?? clock();
      const where = {
        channel: `${message.platform}:${message.workspace ?? ''}:${message.channel}`,
        // A reply to a top-level message opens a thread on that message.
        thread: message.thread ?? message.messageId,
      };
      const decision = flood.admit(where, keys, at.getTime());
      if ('skipped' in decision) return { skipped: decision.skipped };
      const claimed = new Set(await claimShared(message, decision.allowed, at));
      const refused = decision.allowed.filter((k) => !claimed.has(k));
      if (refused.length > 0) flood.withdraw(where, refused, at.getTime(), claimed.size > 0);
      // Another instance explained them all within the cooldown: as if this one had.
      if (claimed.size === 0) return { skipped: 'alreadyExplained' };
      const allowed = claimed;
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
