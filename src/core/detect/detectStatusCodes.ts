import { AcceptedCodes } from './acceptedCodes.js';
import { assessNumber } from './assessNumber.js';
import { isDigit } from './charClasses.js';
import { findClassMention, isClassMentionWithCue } from './classMentions.js';
import { flattenChatMarkup } from './flattenChatMarkup.js';
import { MessageFlags } from './messageFlags.js';

/** A status-code class mention such as "5xx". */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/** What the detector found in a message: codes and class mentions, each in order of appearance, unique. */
export interface StatusDetection {
  codes: number[];
  classes: StatusClass[];
}

const CLASS_NAMES: readonly StatusClass[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];

/**
 * Finds the HTTP status codes used as statuses in a chat message (status lines, `status=503`, "returned
 * 502", "503 Service Unavailable", access-log positions, client error messages, alerts, Korean text) and the
 * class mentions ("5xx spike", "500번대"). Ordinary numbers (durations, counts, ports, versions, line
 * numbers, other protocols' codes, IDs in URLs, range bounds) are left alone: a bare number needs HTTP
 * context. Linear in the input: one scan for digit runs, then a bounded look around each candidate.
 */
export function detectStatusCodes(input: string): StatusDetection {
  // Most chat messages have no number that could be a code or class: one quick test settles them.
  if (!MAYBE_STATUS.test(input)) return { codes: [], classes: [] };
  const text = flattenChatMarkup(input);
  const scan = new MessageFlags(text);
  let accepted: AcceptedCodes | undefined;
  const classes: StatusClass[] = [];
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(text)) {
    const end = DIGIT_RUN.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    const length = end - start;
    const mention = length <= 2 ? findClassMention(text, start, end) : undefined;
    if (mention !== undefined) {
      if (!mention.needsCue || isClassMentionWithCue(text, start, mention.end)) {
        addOnce(classes, CLASS_NAMES[mention.statusClass - 1]!);
      }
    } else if (length === 3) {
      const value =
        (text.charCodeAt(start) - 48) * 100 +
        (text.charCodeAt(start + 1) - 48) * 10 +
        text.charCodeAt(start + 2) -
        48;
      if (value >= 100 && value <= 599) {
        const assessed = assessNumber(scan, start, end, value);
        if (assessed === 'classRange') addOnce(classes, CLASS_NAMES[Math.floor(value / 100) - 1]!);
        else if (assessed) {
          accepted ??= new AcceptedCodes(text);
          accepted.add(assessed);
        }
      }
    }
    DIGIT_RUN.lastIndex = end;
  }
  return { codes: accepted ? accepted.codes : [], classes };
}

/** A digit 1-5 followed by a digit or an x: without one, a message cannot hold a code or class. */
const MAYBE_STATUS = /[1-5][\dxX]/;

/**
 * Digit runs, found by the regex engine: skipping the text between numbers in native code is several times
 * faster than a character loop in JavaScript, and most of a message lies between numbers.
 */
const DIGIT_RUN = /\d+/g;

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}
