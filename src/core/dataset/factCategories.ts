/**
 * The retry, cache and SLO facts every status code carries (`retry`, `cache`, `slo` in
 * data/status-codes.json). Categories rather than free text, so every card words them the same way and
 * tests can pin them; each category names where it comes from.
 */

/**
 * May a client send the request again, and how.
 * - `interim`: 1xx, not a final answer (RFC 9110 §15.2); nothing to retry.
 * - `notNeeded`: the request worked (2xx, and 304, which tells the client its copy is current).
 * - `followRedirect`: make a new request to `Location` instead (RFC 9110 §15.4).
 * - `afterFix`: resending it unchanged fails the same way; change the request (credentials, body,
 *   headers, URL) first (RFC 9110 §15.5; §15.5.4 says not to repeat a 403 with the same credentials).
 * - `afterDelay`: a temporary condition; wait for `Retry-After` when given (RFC 9110 §10.2.3, used by 503
 *   §15.6.4 and 429 RFC 6585 §4), else back off. 423 lasts until the lock is released or times out
 *   (RFC 4918 §11.3); RFC 4918 §11.5 calls 507 temporary.
 * - `idempotentOnly`: the server (or the upstream behind a proxy) may already have acted, so only
 *   idempotent methods are retried automatically (RFC 9110 §9.2.2), with backoff.
 * - `safeToRetry`: the request was not processed and may be repeated as is on a new connection: 408
 *   (RFC 9110 §15.5.9), 421 (§15.5.20), 425 after the TLS handshake (RFC 8470 §5.2).
 * - `never`: the same request keeps failing until something changes on the server side (410 Gone, 451,
 *   501, a broken origin certificate or DNS record behind Cloudflare, nginx 444's deliberate drop).
 */
export const RETRY_ADVICE = [
  'interim',
  'notNeeded',
  'followRedirect',
  'afterFix',
  'afterDelay',
  'idempotentOnly',
  'safeToRetry',
  'never',
] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

/**
 * Whether a cache may keep the response without being told to.
 * - `heuristic`: "heuristically cacheable" (RFC 9110 §15.1: 200, 203, 204, 206, 300, 301, 308, 404, 405,
 *   410, 414, 501): a cache may store it and pick a freshness lifetime itself (RFC 9111 §4.2.2).
 * - `explicitOnly`: stored only when the response says so (max-age, s-maxage, public, Expires;
 *   RFC 9111 §3).
 * - `notStored`: 1xx; only final responses are stored (RFC 9111 §3).
 * - `validation`: 304 updates the stored response it validates and is not stored itself (RFC 9111 §4.3.4).
 */
export const CACHE_DEFAULTS = ['heuristic', 'explicitOnly', 'notStored', 'validation'] as const;
export type CacheDefault = (typeof CACHE_DEFAULTS)[number];

/**
 * How availability SLOs usually count the response.
 * - `success`: 1xx-3xx, not an error.
 * - `clientError`: 4xx, the caller's mistake; left out of the server error rate.
 * - `serverError`: 5xx, the server failed the request; counts against the error budget.
 * - `clientClosed`: nginx 499 and ELB 460, logged when the client hung up before any response; not a
 *   server error, but a rise means responses take longer than clients wait, a latency SLO matter.
 * - `throttled`: 429, left out when a client went over its own quota, counted when the service sheds
 *   load for its own capacity.
 */
export const SLO_COUNTING = ['success', 'clientError', 'serverError', 'clientClosed', 'throttled'] as const;
export type SloCounting = (typeof SLO_COUNTING)[number];
