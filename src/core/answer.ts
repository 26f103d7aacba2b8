import type { Card, CardChoice } from './card.js';
import type { Comparison } from './dataset/comparisonSchema.js';
import type { HeaderEntry } from './dataset/headerSchema.js';
import type { StatusClass, StatusEntry } from './dataset/schema.js';
import type { Locale } from './locale.js';

/** The typed outcome of a query. Never thrown: every input maps to one of these. */
export type QueryResult =
  | { type: 'code'; entry: StatusEntry }
  /** A number in 100-599 that no one registered: treated as x00 of its class (RFC 9110 §15). */
  | { type: 'unregistered'; code: number; statusClass: StatusClass }
  /** A number outside 100-599 (or with too many digits). */
  | { type: 'invalidNumber'; value: string }
  | { type: 'class'; statusClass: StatusClass }
  | { type: 'list' }
  | { type: 'help' }
  | { type: 'random'; entry: StatusEntry }
  /**
   * Several codes match. `query` is as the user typed it; `readAs` is the Hangul it was read as when it
   * was typed with the Korean input method off ("rpdlxmdnpdl" -> "게이트웨이").
   */
  | { type: 'ambiguous'; query: string; candidates: StatusEntry[]; readAs?: string }
  /** Nothing matched; `query` is as the user typed it (never folded), for echoing back. */
  | { type: 'notFound'; query: string; suggestions: StatusEntry[] }
  | { type: 'header'; header: HeaderEntry }
  /** `/http header` with no name: the list of header cards. */
  | { type: 'headerList' }
  | { type: 'headerNotFound'; query: string; suggestions: HeaderEntry[] }
  /** Two or three codes side by side; `comparison` when a hand-written one covers exactly these codes. */
  | { type: 'compare'; entries: StatusEntry[]; comparison?: Comparison }
  /**
   * A comparison that cannot be made: more than three codes, or codes not in the dataset (`unknown`,
   * as typed). `known` are the codes that could be opened on their own.
   */
  | {
      type: 'compareRefused';
      reason: 'tooMany' | 'unknownCode';
      values: string[];
      unknown: string[];
      known: StatusEntry[];
    };

/** Who should see an answer: the channel, or only the person who asked. */
export type Visibility = 'public' | 'private';

/** A query's result together with the card that shows it. */
export interface Answer {
  result: QueryResult;
  locale: Locale;
  card: Card;
  visibility: Visibility;
}

/** Options for answering one query. */
export interface AnswerOptions {
  /** The channel or deployment default (`DEFAULT_LOCALE`). */
  defaultLocale: Locale;
  /** The user's own language when the platform tells it; a `ko`/`en` suffix in the query wins over it. */
  userLocale?: Locale;
  /** Source of randomness for `random`; defaults to Math.random. */
  random?: () => number;
}

/** The platform-free facade every adapter talks to. Pure and synchronous. */
export interface StatusCore {
  readonly entries: readonly StatusEntry[];
  /** The header cards (empty when the core was built without them). */
  readonly headers: readonly HeaderEntry[];
  get(code: number): StatusEntry | undefined;
  /**
   * Parse and resolve a query (`503`, `5xx`, `게이트웨이`, `help`, `503 en`, `header retry-after`,
   * `502 vs 504`).
   */
  answer(query: string, options: AnswerOptions): Answer;
  /** The full card of one code (buttons, select menus), or undefined for an unknown code. */
  codeCard(code: number, locale: Locale): Card | undefined;
  /**
   * The card of one header by name or alias, any case (`Retry-After`, `retry-after`; what a
   * `CardHeaderChoice.name` holds), or undefined for an unknown header.
   */
  headerCard(name: string, locale: Locale): Card | undefined;
  /** Up to `limit` (max 25) choices for a partially typed query, best first. */
  suggest(partial: string, locale: Locale, limit?: number): CardChoice[];
  /** The code of the day for a calendar date `YYYY-MM-DD` (the same everywhere on that date). */
  codeOfTheDay(date: string): StatusEntry;
  /** The "HTTP status code of the day" card for a date. */
  dailyCard(date: string, locale: Locale): Card;
}
