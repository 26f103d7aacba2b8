import type { Logger } from 'pino';
import type { Card } from '../../core/card.js';
import type { DailyClaim, DailySubscription, Store } from '../../store/store.js';
import type { ChannelPoster, DeliveryResult } from '../contracts.js';

/** How one delivery run ended. */
export type DeliveryOutcome =
  /** Posted and recorded. */
  | 'posted'
  /**
   * Someone (another instance, an earlier tick) posted this date, or holds a claim on it that is
   * younger than the lease (also when it took this run's claim over while the post was failing).
   */
  | 'taken'
  /** Every attempt failed transiently; the claim was given back. */
  | 'transientFailure'
  /** The platform said it can never work; the subscription was turned off. */
  | 'permanentFailure'
  /** The scheduler stopped between attempts; the claim was given back. */
  | 'stopped';

/** What one delivery run needs. */
export interface DeliveryDeps {
  store: Store;
  /** The scheduler's clock: claims carry its time, so leases run on it too. */
  now: () => Date;
  poster: ChannelPoster;
  logger: Logger;
  attempts: number;
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  isStopping: () => boolean;
}

async function post(
  poster: ChannelPoster,
  subscription: DailySubscription,
  card: Card,
): Promise<DeliveryResult> {
  try {
    const target = {
      channel: subscription.channel,
      ...(subscription.workspace ? { workspace: subscription.workspace } : {}),
    };
    return await poster.postCard(target, card);
  } catch (error) {
    // A poster should return a result; an exception is an unknown failure, so it is retried.
    return { ok: false, permanent: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Records a sent post, with the same tries and backoff as posting: until it is recorded, the claim is
 * only a lease, and once that runs out another instance would take the date over and post it again.
 */
async function recordPosted(claim: DailyClaim, deps: DeliveryDeps): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await deps.store.markDailyPosted(claim))) {
        // This holder outlived its lease (a stalled process, a slow platform) and another instance took
        // the date over; its claim is left alone, so the channel may get the post twice.
        deps.logger.warn(
          whereOf(claim),
          'daily post sent but the claim was lost to another instance after the lease; not recorded by this one',
        );
      }
      return;
    } catch (error) {
      if (attempt >= deps.attempts) {
        deps.logger.error(
          { err: error, ...whereOf(claim) },
          'daily post sent but not recorded; once the claim lease runs out another instance may post it again',
        );
        return;
      }
      await deps.sleep(deps.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

/** Gives the claim back; false (and a warning) when it was no longer this holder's to give. */
async function release(claim: DailyClaim, deps: DeliveryDeps): Promise<boolean> {
  if (await deps.store.releaseDailyPost(claim)) return true;
  deps.logger.warn(whereOf(claim), 'daily post claim was lost to another instance after the lease');
  return false;
}

const whereOf = ({ platform, channel, localDate }: DailyClaim) => ({ platform, channel, localDate });

/**
 * Claim, post, record: one channel's post for one local date, with up to `attempts` tries. The claim is
 * held only while posting; after a transient failure it is released before the backoff so another
 * instance (or a later tick) can take over. After a successful post the claim is never released, even
 * if recording it fails: a released claim is a duplicate at once, an unrecorded one only after the lease.
 * A holder that finds its claim taken over (it outlived the lease) stops: the date is someone else's.
 */
export async function deliverDailyPost(
  subscription: DailySubscription,
  localDate: string,
  card: Card,
  deps: DeliveryDeps,
): Promise<DeliveryOutcome> {
  const { store, logger } = deps;
  const { platform, channel } = subscription;
  const where = { platform, channel, localDate };
  for (let attempt = 1; attempt <= deps.attempts; attempt++) {
    if (attempt > 1) {
      await deps.sleep(deps.baseDelayMs * 2 ** (attempt - 2));
      if (deps.isStopping()) return 'stopped';
    }
    const claim = await store.claimDailyPost(platform, channel, localDate, { now: deps.now() });
    if (!claim) return 'taken';

    const result = await post(deps.poster, subscription, card);
    if (result.ok) {
      await recordPosted(claim, deps);
      logger.info(where, 'daily post sent');
      return 'posted';
    }

    const released = await release(claim, deps);
    if (result.permanent) {
      await store.disableDaily(platform, channel, result.reason);
      logger.warn(
        { ...where, reason: result.reason },
        'daily post turned off: the channel cannot be posted to',
      );
      return 'permanentFailure';
    }
    if (!released) return 'taken';
    logger.warn(
      { ...where, reason: result.reason, attempt, of: deps.attempts },
      'daily post failed; will retry',
    );
  }
  return 'transientFailure';
}
