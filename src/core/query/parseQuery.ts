import type { StatusClass } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { foldText, MAX_QUERY_LENGTH, normalizeFolded } from './normalizeText.js';
import { parseCompare } from './parseCompare.js';

/** What a query asks for, before it meets the dataset. */
export type QueryIntent =
  /** A number as typed (digits only); may or may not be a status code. */
  | { kind: 'number'; value: string }
  | { kind: 'class'; statusClass: StatusClass }
  | { kind: 'random' }
  | { kind: 'help' }
  | { kind: 'list' }
  /**
   * A header card: `header retry-after`, `헤더 www-authenticate`. An empty `name` lists the header
   * cards. `text` is the whole query normalised: when no header has that name, a code whose alias is
   * the whole text still answers ("headers too large" is 431's); `original` is the query as typed.
   */
  | { kind: 'header'; name: string; text: string; original: string }
  /**
   * Two or more numbers to put side by side (`502 vs 504`, `401 403`, `301 308 차이`), as typed, in
   * order, without repeats.
   */
  | { kind: 'compare'; values: string[] }
  /**
   * Free text to search for, already normalised (see `normalizeText`). `original` is the same text as
   * the user typed it (case, jamo and symbols untouched; only the `/http` and locale words dropped), for
   * echoing back and for reading it as typed on another keyboard layout. `leadingCode` is set when it
   * starts with a code ("503 service unavailable"): the code answers unless the whole text is a known
   * name ("100 second timeout" is an alias of Cloudflare's 524, not about 100).
   */
  | { kind: 'text'; text: string; original: string; leadingCode?: string };

/** A parsed query: the intent and an explicit locale override (`503 en`, `ko 503`), if any. */
export interface ParsedQuery {
  intent: QueryIntent;
  locale?: Locale;
}

const LOCALE_WORDS: ReadonlyMap<string, Locale> = new Map<string, Locale>([
  ['ko', 'ko'],
  ['kr', 'ko'],
  ['korean', 'ko'],
  ['한국어', 'ko'],
  ['한글', 'ko'],
  ['en', 'en'],
  ['eng', 'en'],
  ['english', 'en'],
  ['영어', 'en'],
]);

const KEYWORDS: ReadonlyMap<string, 'random' | 'help' | 'list'> = new Map([
  ['random', 'random'],
  ['rand', 'random'],
  ['랜덤', 'random'],
  ['무작위', 'random'],
  ['아무거나', 'random'],
  ['help', 'help'],
  ['도움말', 'help'],
  ['도움', 'help'],
  ['사용법', 'help'],
  ['list', 'list'],
  ['all', 'list'],
  ['목록', 'list'],
  ['전체', 'list'],
  ['전체 목록', 'list'],
]);

/** `5xx`, `5XX`, `5**`, `5xx번대`, `500번대`, `5백번대`: the whole class. */
const CLASS_PATTERN = /^([1-5])(?:xx|\*\*|00|백)?\s*(?:번대|번\s*대)$|^([1-5])(?:xx|\*\*)$/;
/** `503`, `503번`, `#503`. A number with a sign or a decimal point is still "a number", just not a code. */
const NUMBER_PATTERN = /^#?[-+]?(\d+)(?:[.,]\d+)?\s*(?:번|번째)?$/;
/** The console's `/http` command word, which users type out of habit. */
const COMMAND_PATTERN = /^\/http(?=\s|$)\s*/;
/** `HTTP 503`, `http503`, `HTTP/1.1 503`, `status 503`, `상태 코드 503`: a word before a number. */
const NUMBER_PREFIX_PATTERN = /^(?:https?(?:\/\d(?:\.\d)?)?|status|상태\s*코드)\s*(?=\d)/;
/**
 * `503`, ` /http 503 `: the most common query of all, recognised before any folding or normalising.
 * Only ASCII can match, so skipping NFKC here changes no answer (full-width digits take the long way).
 */
const PLAIN_CODE_PATTERN = /^\s*(?:\/http\s+)?([1-5]\d\d)\s*$/i;
/** Longer than any plain code with its command word and some spaces: not worth the regex. */
const PLAIN_CODE_MAX_LENGTH = 24;

/**
 * `header retry-after`, `헤더 retry-after`. The other order (`retry-after header`) stays free text: the
 * resolver tries it as a header name before searching codes, so "request header" still finds 431.
 */
const HEADER_PATTERN = /^(?:headers?|헤더|해더)(?:\s+(.*))?$/;

type LocaleWordAt = 'first' | 'last';

/**
 * Parses a query as typed on any platform. Total: every string gives a `ParsedQuery` (empty or
 * whitespace-only asks for help). Only the first `MAX_QUERY_LENGTH` characters are read. Text is folded
 * (NFKC, lowercase) for matching only: a text intent keeps what the user typed for display.
 */
export function parseQuery(query: string): ParsedQuery {
  const plain = query.length <= PLAIN_CODE_MAX_LENGTH ? PLAIN_CODE_PATTERN.exec(query) : null;
  if (plain) return { intent: { kind: 'number', value: plain[1]! } };
  const typed = query.slice(0, MAX_QUERY_LENGTH).trim();
  const text = stripPrefixes(foldText(typed).trim());
  const { rest, locale, at } = takeLocaleWord(text);
  const intent = parseIntent(rest, () => echoOf(typed, at));
  return locale ? { intent, locale } : { intent };
}

function stripPrefixes(text: string): string {
  return text.replace(COMMAND_PATTERN, '').replace(NUMBER_PREFIX_PATTERN, '');
}

function takeLocaleWord(text: string): { rest: string; locale?: Locale; at?: LocaleWordAt } {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return { rest: '' };
  const last = LOCALE_WORDS.get(words[words.length - 1]!);
  if (last) return { rest: stripPrefixes(words.slice(0, -1).join(' ')), locale: last, at: 'last' };
  const first = LOCALE_WORDS.get(words[0]!);
  if (first) return { rest: stripPrefixes(words.slice(1).join(' ')), locale: first, at: 'first' };
  return { rest: words.join(' ') };
}

/**
 * The query as typed, for display: whitespace runs become one space, and only the `/http` command word
 * and the locale word the parser took (`at`) are dropped. Nothing is folded.
 */
function echoOf(typed: string, at: LocaleWordAt | undefined): string {
  const words = typed.split(/\s+/).filter((w) => w.length > 0);
  // Command and locale words are short: a long word is neither, and needs no folding to tell.
  const folded = (word: string | undefined) => (word && word.length <= 16 ? foldText(word).trim() : '');
  const isLocaleWord = (word: string | undefined) => LOCALE_WORDS.has(folded(word));
  if (folded(words[0]) === '/http') words.shift();
  if (at === 'last' && isLocaleWord(words.at(-1))) words.pop();
  if (at === 'first' && isLocaleWord(words[0])) words.shift();
  return words.join(' ');
}

function parseIntent(text: string, echo: () => string): QueryIntent {
  if (text === '' || text === '?') return { kind: 'help' };
  const keyword = KEYWORDS.get(text);
  if (keyword) return { kind: keyword };
  const classMatch = CLASS_PATTERN.exec(text);
  if (classMatch)
    return { kind: 'class', statusClass: Number(classMatch[1] ?? classMatch[2]) as StatusClass };
  const numberMatch = NUMBER_PATTERN.exec(text);
  if (numberMatch) return { kind: 'number', value: numberMatch[0].replace(/^#|\s*(?:번|번째)$/g, '') };
  const header = HEADER_PATTERN.exec(text);
  if (header) {
    return { kind: 'header', name: (header[1] ?? '').trim(), text: normalizeFolded(text), original: echo() };
  }
  const compared = parseCompare(text);
  if (compared) {
    return compared.length === 1
      ? { kind: 'number', value: compared[0]! }
      : { kind: 'compare', values: compared };
  }
  const normalized = normalizeFolded(text);
  // A status line or log excerpt that starts with a code: "503 service unavailable".
  const leadingCode = /^([1-5]\d\d)(?:\s|번\s)/.exec(text);
  if (leadingCode) return { kind: 'text', text: normalized, original: echo(), leadingCode: leadingCode[1]! };
  // Only symbols or emoji (`😀`, `!!!`): nothing to search for, but something was asked, so the answer
  // is "no match" for it rather than the help card.
  if (normalized === '') return { kind: 'text', text: '', original: echo() };
  const normalizedKeyword = KEYWORDS.get(normalized);
  if (normalizedKeyword) return { kind: normalizedKeyword };
  return { kind: 'text', text: normalized, original: echo() };
}
