import { isDigit, isSpaceOrMarkup } from './charClasses.js';
import {
  chunkEndBefore,
  chunkStartBefore,
  isNumberToken,
  LocalToken,
  rangeEquals,
  scanTokenBefore,
} from './localTokens.js';
import {
  isHaproxyTimersField,
  isIntegerField,
  isIpv4PortField,
  isSecondsField,
  isThreeDigitField,
  isTimingField,
} from './logFieldShapes.js';
import type { MessageFlags } from './messageFlags.js';

/**
 * Positions where a log format or protocol line puts the status, so no keyword is needed: right after
 * `HTTP/1.1` (status lines, and the quoted request of nginx/Apache/ingress-nginx/Envoy access logs), the
 * ELB/ALB `elb_status_code` and `target_status_code`, HAProxy's status after its timers, and the upstream
 * status of ingress-nginx.
 */
export function isStatusPosition(scan: MessageFlags, start: number): boolean {
  const text = scan.text;
  // Every position below has a space before the number and a digit or quote before that.
  if (start < 2 || text[start - 1] !== ' ') return false;
  const c = text.charCodeAt(start - 2);
  if (!(c >= 48 && c <= 57) && c !== 34) return false;
  return (
    (mayFollowHttpVersion(text, start) && followsHttpVersion(text, start)) ||
    (scan.mayHoldLogTimers && followsLogFields(text, start))
  );
}

/**
 * A necessary condition for `followsHttpVersion`, on characters alone: after the gap and an optional quote
 * come digits with `.` or `/` before them. Rules out nearly every number without reading tokens.
 */
function mayFollowHttpVersion(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isGapChar(text.charCodeAt(i))) i--;
  if (i >= 0 && text.charCodeAt(i) === 34 /* " */) i--;
  if (i < 0 || !isDigit(text.charCodeAt(i))) return false;
  while (i >= 0 && isDigit(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 46 /* . */ || c === 47 /* / */;
}

/** `HTTP/1.1 503`, `HTTP/2 404`, `"GET / HTTP/1.1" 502`. */
export function followsHttpVersion(text: string, start: number): boolean {
  // One token refilled step by step, right to left: each step needs only where the last one started.
  const token = VERSION_TOKEN;
  if (!scanTokenBefore(text, start, token) || token.glued) return false;
  if (token.text === '"' && (!scanTokenBefore(text, token.start, token) || !token.glued)) return false;
  if (!isNumberToken(token) || !scanTokenBefore(text, token.start, token)) return false;
  if (token.text === '.' && token.glued) {
    // `1.1`: the major version, then what comes before it.
    if (!scanTokenBefore(text, token.start, token) || !isNumberToken(token) || !token.glued) return false;
    if (!scanTokenBefore(text, token.start, token)) return false;
  }
  if (token.text !== '/' || !token.glued) return false;
  return scanTokenBefore(text, token.start, token) && token.glued && token.text.toLowerCase() === 'http';
}

/** The token `followsHttpVersion` is at. */
const VERSION_TOKEN = new LocalToken();

/** What the token reader skips between tokens. */
function isGapChar(c: number): boolean {
  return c === 95 || isSpaceOrMarkup(c);
}

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const ARROWS = ['->', '→', '=>', '-->', '⇒', ':', '-'];

/**
 * `GET /ready -> 503`, `POST /graphql 500`, `GET https://api.example.com/v1/users 401`: a request line
 * (method and target) followed by a number, as browsers' consoles and health checks print it.
 */
export function followsRequestTarget(text: string, start: number): boolean {
  let end = chunkEndBefore(text, start);
  let from = end < 0 ? -1 : chunkStartBefore(text, end);
  if (from < 0) return false;
  if (rangeIsOneOf(text, from, end, ARROWS)) {
    end = chunkEndBefore(text, from);
    from = end < 0 ? -1 : chunkStartBefore(text, end);
    if (from < 0) return false;
  }
  const targetStart = from;
  const targetEnd = end;
  end = chunkEndBefore(text, from);
  from = end < 0 ? -1 : chunkStartBefore(text, end);
  if (from < 0) return false;
  const isTarget =
    text.charCodeAt(targetStart) === 47 /* / */ ||
    startsRange(text, targetStart, targetEnd, 'http://') ||
    startsRange(text, targetStart, targetEnd, 'https://');
  if (!isTarget) return false;
  // The method may carry markup in front: *GET, `POST, "PUT.
  while (from < end && isMethodMarkup(text.charCodeAt(from))) from++;
  return rangeIsOneOf(text, from, end, HTTP_METHODS);
}

/** A loop, not `some` with a callback: no closure per number (tsx wraps each closure it creates). */
function rangeIsOneOf(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (const word of words) if (rangeEquals(text, start, end, word)) return true;
  return false;
}

function isMethodMarkup(c: number): boolean {
  return c === 96 || c === 42 || c === 34;
}

function startsRange(text: string, start: number, end: number, prefix: string): boolean {
  return end - start >= prefix.length && text.startsWith(prefix, start);
}

/**
 * The access-log positions that need no keyword, read as whitespace-separated fields before the number,
 * nearest first, and only as far as the first field's shape makes worthwhile.
 */
function followsLogFields(text: string, start: number): boolean {
  const end0 = chunkEndBefore(text, start);
  const start0 = end0 < 0 ? -1 : chunkStartBefore(text, end0);
  if (start0 < 0) return false;
  // HAProxy: Tq/Tw/Tc/Tr/Tt then the status.
  if (isHaproxyTimersField(text, start0, end0)) return true;
  const timing = isTimingField(text, start0, end0);
  const elbTarget = !timing && isThreeDigitField(text, start0, end0);
  const ingress = timing && isSecondsField(text, start0, end0);
  if (!timing && !elbTarget) return false;
  const end1 = chunkEndBefore(text, start0);
  const start1 = end1 < 0 ? -1 : chunkStartBefore(text, end1);
  if (start1 < 0) return false;
  const timing1 = isTimingField(text, start1, end1);
  const integer1 = ingress && isIntegerField(text, start1, end1);
  if (!timing1 && !integer1) return false;
  const end2 = chunkEndBefore(text, start1);
  const start2 = end2 < 0 ? -1 : chunkStartBefore(text, end2);
  if (start2 < 0) return false;
  // ingress-nginx: upstream_addr upstream_response_length upstream_response_time upstream_status.
  if (integer1 && isIpv4PortField(text, start2, end2)) return true;
  if (!timing1 || !isTimingField(text, start2, end2)) return false;
  // ELB/ALB: request_processing_time target_processing_time response_processing_time elb_status_code.
  if (timing) return true;
  // ... then target_status_code right after elb_status_code.
  const end3 = chunkEndBefore(text, start2);
  const start3 = end3 < 0 ? -1 : chunkStartBefore(text, end3);
  return start3 >= 0 && isTimingField(text, start3, end3);
}
