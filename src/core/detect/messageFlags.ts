import { OTHER_PROTOCOL_WORDS } from './detectorWords.js';

const PROTOCOL_PATTERN = new RegExp(`\\b(?:${[...OTHER_PROTOCOL_WORDS].join('|')})\\b`, 'i');
const METHOD_PATTERN = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/;
/** Every log timer field has one of these: `0.001`, `-1`, HAProxy's `0/0/1/2/3`. */
const TIMER_PATTERN = /\d\/|\d\.\d|-1/;

/**
 * Whole-message facts, each found with one regex scan on first use, so per-number checks that can only
 * succeed when the message mentions another protocol or an HTTP method are skipped in most messages.
 */
export class MessageFlags {
  /** No whole-word protocol name lies in `[0, #protocolCheckedTo)`, unless `#protocolFoundBefore` says so. */
  #protocolCheckedTo = 0;
  /** A protocol name lies before this position (-1: none found yet). */
  #protocolFoundBefore = -1;
  #method: boolean | undefined;
  #timers: boolean | undefined;

  constructor(readonly text: string) {}

  /**
   * The message names another protocol or database (SMTP, SIP, MySQL, exit...) as a whole word before
   * `pos`, the start of a number with no word character right before it. Numbers are asked about in order,
   * so each stretch of text is scanned once, and the text after the last number asked about never is.
   */
  mentionsOtherProtocolBefore(pos: number): boolean {
    if (this.#protocolFoundBefore >= 0 && this.#protocolFoundBefore <= pos) return true;
    // Everything before `#protocolCheckedTo` is known to hold none: only the stretch after it is scanned.
    if (pos <= this.#protocolCheckedTo) return false;
    // The slice ends where the text has a word boundary (no word character before the number) and starts
    // at the text's start or at an earlier number's first digit: its whole-word matches are the text's own.
    if (PROTOCOL_PATTERN.test(this.text.slice(this.#protocolCheckedTo, pos))) {
      this.#protocolFoundBefore = pos;
      return true;
    }
    this.#protocolCheckedTo = pos;
    return false;
  }

  /** The message contains an HTTP method in capitals (GET, POST...). */
  get mentionsHttpMethod(): boolean {
    this.#method ??= METHOD_PATTERN.test(this.text);
    return this.#method;
  }

  /** The message may hold access-log timer fields (ALB, HAProxy, ingress-nginx), which put a status after them. */
  get mayHoldLogTimers(): boolean {
    this.#timers ??= TIMER_PATTERN.test(this.text);
    return this.#timers;
  }
}
