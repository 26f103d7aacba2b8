import type { Locale } from './locale.js';

/**
 * What a card is about. Renderers may use it for small touches (an icon, an accessory), never to
 * decide what content to show: all content is in the card itself.
 */
export type CardKind =
  | 'code'
  | 'class'
  | 'list'
  | 'help'
  | 'ambiguous'
  | 'notFound'
  | 'error'
  | 'daily'
  | 'autoExplain'
  | 'settings'
  /** One HTTP header field (`/http header retry-after`). */
  | 'header'
  /** Two or three codes side by side (`/http 502 vs 504`). */
  | 'compare'
  /** A quiz question with code buttons (the daily post on quiz days). */
  | 'quiz'
  /** The private answer to one press of a quiz button. */
  | 'quizAnswer'
  /** A channel's code statistics (`stats`, the weekly digest). */
  | 'stats';

/** Colour families by status class; renderers map them to platform colours (see `CLASS_COLORS`). */
export type CardAccent =
  | 'info'
  | 'success'
  | 'redirect'
  | 'clientError'
  | 'serverError'
  | 'neutral'
  | 'warning';

/** A labelled block of plain text. `lines` are shown one per line (as bullets when `bullets`). */
export interface CardField {
  label: string;
  lines: string[];
  bullets?: boolean;
  /** Short facts (spec, status) that renderers may lay out side by side. */
  inline?: boolean;
  /**
   * The lines are a fixed-width table (a text bar chart): renderers show them in a code block, one per
   * line, without bullets and without markdown escaping (a code block would show the backslashes).
   * The core keeps such lines free of backticks and of `&`, `<`, `>`, and to half-width (ASCII)
   * characters up to their last column, so they line up in any monospace font; only the last column
   * may hold other text.
   */
  monospace?: boolean;
}

/** An outbound link shown as a button or a link line. */
export interface CardLink {
  label: string;
  url: string;
}

/** A code the user can open from this card (a button, select option or a line of text). */
export interface CardChoice {
  code: number;
  /** "503 Service Unavailable · 서비스 이용 불가", within 75 characters. */
  label: string;
  /**
   * An opaque value (at most 100 characters, so it fits a Discord custom_id) that the platform hands
   * back when this choice is pressed. When set, a press is answered by the payload's resolver (a quiz
   * answer, see `parseQuizPayload`), not by opening the code's card.
   */
  payload?: string;
}

/** A person named in card text; each renderer writes its platform's mention, which never pings. */
export interface CardMention {
  /** The platform's user id (Slack `U024BE7LH`, Discord `80351110224678912`). */
  mention: string;
}

/** A piece of card text: plain text, or a person. Renderers escape the text and render the person. */
export type CardTextPart = string | CardMention;

/**
 * A header the user can open from this card (a button, select option or a line of text), the way
 * `CardChoice` opens a code. Renderers pass `name` back to `StatusCore.headerCard`.
 */
export interface CardHeaderChoice {
  /** The header's name as the dataset spells it ("Retry-After"); `/http header <name>` opens it. */
  name: string;
  /** "Retry-After · 재시도 시점", within 75 characters. */
  label: string;
}

/**
 * The one neutral message shape of the bot. All text is plain (no platform markup); every renderer
 * escapes it for its platform and keeps it within that platform's limits.
 */
export interface Card {
  kind: CardKind;
  locale: Locale;
  /** "503 Service Unavailable · 서비스 이용 불가". */
  title: string;
  /** Where the title links to (the spec section or MDN page). */
  url?: string;
  accent: CardAccent;
  /** 0xRRGGBB, derived from `accent`. */
  color: number;
  /** Small status flags shown near the title ("Deprecated", "Unofficial · nginx"). */
  badges: string[];
  /** One line under the title. */
  summary?: string;
  /**
   * The summary with the people it names as structured mentions. When present, renderers show this
   * instead of `summary`, which then holds the same words with each person as `@userId`.
   */
  summaryParts?: readonly CardTextPart[];
  /** A paragraph or two. */
  description?: string;
  fields: CardField[];
  links: CardLink[];
  /** Related codes the user may open next. */
  related: CardChoice[];
  /**
   * The heading over `related` ("Related codes", "Open the full card"). Left out, renderers use
   * `relatedHeadingOf(card)`, the core's default, so every platform shows the same words.
   */
  relatedHeading?: string;
  /** Candidates to pick from (ambiguous search); renderers show them as buttons or a menu. */
  choices: CardChoice[];
  /**
   * Headers the user may open next: the headers a code uses, the headers related to a header, the
   * suggestions of a "no such header" answer. Empty on other cards.
   */
  headers: CardHeaderChoice[];
  footer?: string;
  /** A one-line plain text version for notifications, logs and fallbacks ("503 Service Unavailable"). */
  fallbackText: string;
  /** `fallbackText` with the people it names as mentions, for platforms whose notifications show them. */
  fallbackParts?: readonly CardTextPart[];
}
