import { isDigit } from './charClasses.js';

/**
 * Shapes of access-log fields, tested on a range `[start, end)` of the text by character codes, so reading
 * a log line around every number needs neither substrings nor regexes. Each test accepts exactly what its
 * comment's pattern accepts (\d is an ASCII digit).
 */

/** Length of the digit run at `from`, not reading past `end`. */
function digitsAt(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i - from;
}

/** `-1` or `\d{1,9}\.\d{1,9}`: an ELB/ALB processing time. */
export function isTimingField(text: string, start: number, end: number): boolean {
  if (end - start === 2 && text.charCodeAt(start) === 45 && text.charCodeAt(start + 1) === 49) return true;
  const whole = digitsAt(text, start, end);
  if (whole < 1 || whole > 9 || start + whole >= end || text.charCodeAt(start + whole) !== 46) return false;
  const fraction = digitsAt(text, start + whole + 1, end);
  return fraction >= 1 && fraction <= 9 && start + whole + 1 + fraction === end;
}

/** `\d{3}`. */
export function isThreeDigitField(text: string, start: number, end: number): boolean {
  return end - start === 3 && digitsAt(text, start, end) === 3;
}

/** `\d{1,12}`. */
export function isIntegerField(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 1 && length <= 12 && digitsAt(text, start, end) === length;
}

/** `\d{1,6}\.\d{3}`: ingress-nginx's upstream response time. */
export function isSecondsField(text: string, start: number, end: number): boolean {
  const whole = digitsAt(text, start, end);
  return (
    whole >= 1 &&
    whole <= 6 &&
    start + whole < end &&
    text.charCodeAt(start + whole) === 46 &&
    end - (start + whole + 1) === 3 &&
    digitsAt(text, start + whole + 1, end) === 3
  );
}

/** `\+?-?\d{1,9}` at `from`: the end of the timer, or -1. */
function haproxyTimerEnd(text: string, from: number, end: number): number {
  let i = from;
  if (i < end && text.charCodeAt(i) === 43 /* + */) i++;
  if (i < end && text.charCodeAt(i) === 45 /* - */) i++;
  const digits = digitsAt(text, i, end);
  return digits >= 1 && digits <= 9 ? i + digits : -1;
}

/** `\+?-?\d{1,9}(\/\+?-?\d{1,9}){3,4}`: HAProxy's Tq/Tw/Tc/Tr/Tt timers. */
export function isHaproxyTimersField(text: string, start: number, end: number): boolean {
  let i = haproxyTimerEnd(text, start, end);
  let groups = 0;
  while (i >= 0 && i < end && groups < 5) {
    if (text.charCodeAt(i) !== 47 /* / */) return false;
    i = haproxyTimerEnd(text, i + 1, end);
    groups++;
  }
  return i === end && groups >= 3 && groups <= 4;
}

/** `\d{1,3}(\.\d{1,3}){3}:\d{1,5},?`: ingress-nginx's upstream address. */
export function isIpv4PortField(text: string, start: number, end: number): boolean {
  let i = start;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (i >= end || text.charCodeAt(i) !== 46) return false;
      i++;
    }
    const digits = digitsAt(text, i, end);
    if (digits < 1 || digits > 3) return false;
    i += digits;
  }
  if (i >= end || text.charCodeAt(i) !== 58 /* : */) return false;
  const port = digitsAt(text, i + 1, end);
  if (port < 1 || port > 5) return false;
  i += 1 + port;
  if (i < end && text.charCodeAt(i) === 44 /* , */) i++;
  return i === end;
}
