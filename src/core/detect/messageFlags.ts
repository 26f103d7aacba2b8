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
  #protocol: boolean | undefined;
  #method: boolean | undefined;
  #timers: boolean | undefined;

  constructor(readonly text: string) {}

  /** The message names another protocol or database somewhere (SMTP, SIP, MySQL, exit...). */
  get mentionsOtherProtocol(): boolean {
    this.#protocol ??= PROTOCOL_PATTERN.test(this.text);
    return this.#protocol;
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
