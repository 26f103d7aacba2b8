import { chunksBefore, readTokenBefore } from './localTokens.js';

/**
 * Positions where a log format or protocol line puts the status, so no keyword is needed: right after
 * `HTTP/1.1` (status lines, and the quoted request of nginx/Apache/ingress-nginx/Envoy access logs), the
 * ELB/ALB `elb_status_code` and `target_status_code`, HAProxy's status after its timers, and the upstream
 * status of ingress-nginx.
 */
export function isStatusPosition(text: string, start: number): boolean {
  // Every position below has a space before the number and a digit or quote before that.
  if (start < 2 || text[start - 1] !== ' ') return false;
  const c = text.charCodeAt(start - 2);
  if (!(c >= 48 && c <= 57) && c !== 34) return false;
  return followsHttpVersion(text, start) || followsLogFields(text, start);
}

/** `HTTP/1.1 503`, `HTTP/2 404`, `"GET / HTTP/1.1" 502`. */
export function followsHttpVersion(text: string, start: number): boolean {
  let token = readTokenBefore(text, start);
  if (!token || token.glued) return false;
  if (token.text === '"') {
    token = readTokenBefore(text, token.start);
    if (!token?.glued) return false;
  }
  if (token.kind !== 'num') return false;
  let before = readTokenBefore(text, token.start);
  if (before?.text === '.' && before.glued) {
    const major = readTokenBefore(text, before.start);
    if (major?.kind !== 'num' || !major.glued) return false;
    before = readTokenBefore(text, major.start);
  }
  if (before?.text !== '/' || !before.glued) return false;
  const protocol = readTokenBefore(text, before.start);
  return protocol?.glued === true && protocol.text.toLowerCase() === 'http';
}

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const ARROWS = new Set(['->', '→', '=>', '-->', '⇒', ':', '-']);

/**
 * `GET /ready -> 503`, `POST /graphql 500`, `GET https://api.example.com/v1/users 401`: a request line
 * (method and target) followed by a number, as browsers' consoles and health checks print it.
 */
export function followsRequestTarget(text: string, start: number): boolean {
  const chunks = chunksBefore(text, start, 3);
  let i = 0;
  if (chunks[0] !== undefined && ARROWS.has(chunks[0])) i = 1;
  const target = chunks[i];
  const method = chunks[i + 1];
  if (target === undefined || method === undefined) return false;
  const isTarget = target.startsWith('/') || target.startsWith('http://') || target.startsWith('https://');
  return isTarget && HTTP_METHODS.has(method.replace(/^[`*"]+/, ''));
}

const TIMING = /^(-1|\d{1,9}\.\d{1,9})$/;
const THREE_DIGITS = /^\d{3}$/;
const HAPROXY_TIMERS = /^\+?-?\d{1,9}(\/\+?-?\d{1,9}){3,4}$/;
const SECONDS_3DP = /^\d{1,6}\.\d{3}$/;
const INTEGER = /^\d{1,12}$/;
const IPV4_PORT = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{1,5},?$/;

function followsLogFields(text: string, start: number): boolean {
  const chunks = chunksBefore(text, start, 4);
  const [c0, c1, c2, c3] = chunks;
  if (c0 === undefined) return false;
  // ELB/ALB: request_processing_time target_processing_time response_processing_time elb_status_code.
  if (c2 !== undefined && TIMING.test(c0) && TIMING.test(c1 ?? '') && TIMING.test(c2)) return true;
  // ... then target_status_code right after elb_status_code.
  if (
    c3 !== undefined &&
    THREE_DIGITS.test(c0) &&
    TIMING.test(c1 ?? '') &&
    TIMING.test(c2 ?? '') &&
    TIMING.test(c3)
  ) {
    return true;
  }
  // HAProxy: Tq/Tw/Tc/Tr/Tt then the status.
  if (HAPROXY_TIMERS.test(c0)) return true;
  // ingress-nginx: upstream_addr upstream_response_length upstream_response_time upstream_status.
  return c2 !== undefined && SECONDS_3DP.test(c0) && INTEGER.test(c1 ?? '') && IPV4_PORT.test(c2);
}
