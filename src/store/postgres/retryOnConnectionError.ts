import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { isConnectionError } from './isConnectionError.js';

/** How often and how fast a query is retried after a lost connection. */
export interface ConnectionRetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Delay before the first retry; doubled for each further one. */
  baseDelayMs: number;
}

export const DEFAULT_CONNECTION_RETRY: ConnectionRetryPolicy = { retries: 2, baseDelayMs: 150 };

/**
 * Runs `operation`, retrying it when the connection (not the query) failed. The pool hands out a fresh
 * connection on the next attempt. Only idempotent operations go through here.
 */
export async function retryOnConnectionError<T>(
  operation: () => Promise<T>,
  what: string,
  logger: Logger | undefined,
  policy: ConnectionRetryPolicy = DEFAULT_CONNECTION_RETRY,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= policy.retries || !isConnectionError(error)) throw error;
      const delayMs = policy.baseDelayMs * 2 ** attempt;
      logger?.warn(
        { err: error, attempt: attempt + 1, delayMs },
        `postgres connection error during ${what}; retrying`,
      );
      await sleep(delayMs);
    }
  }
}
