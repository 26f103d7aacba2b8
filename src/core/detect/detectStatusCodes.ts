import { AcceptedCodes } from './acceptedCodes.js';
import { assessNumber, copyAssessment, newAssessment } from './assessNumber.js';
import { isDigit } from './charClasses.js';
import { findClassMention, isClassMentionWithCue } from './classMentions.js';
import { flattenChatMarkup } from './flattenChatMarkup.js';
import { MessageFlags } from './messageFlags.js';

/** A status-code class mention such as "5xx". */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/**
 * What the detector found in a message: codes and class mentions, each in order of appearance, unique.
 * Read-only: the answer for a message with nothing in it is one shared, frozen value.
 */
export interface StatusDetection {
  readonly codes: readonly number[];
  readonly classes: readonly StatusClass[];
}

/** Nearly every chat message finds nothing: one answer serves them all, so they allocate nothing. */
const NOTHING: StatusDetection = Object.freeze({ codes: Object.freeze([]), classes: Object.freeze([]) });

const CLASS_NAMES: readonly StatusClass[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];

/**
 * Finds the HTTP status codes used as statuses in a chat message (status lines, `status=503`, "returned
 * 502", "503 Service Unavailable", access-log positions, client error messages, alerts, Korean text) and the
 * class mentions ("5xx spike", "500번대"). Ordinary numbers (durations, counts, ports, versions, line
 * numbers, other protocols' codes, IDs in URLs, range bounds) are left alone: a bare number needs HTTP
 * context. Linear in the input: one scan for digit runs, then a bounded look around each candidate.
 */
export function detectStatusCodes(input: string): StatusDetection {
  // Most chat messages have no number that could be a code or class: one native scan settles them.
  // Flattening markup never creates a candidate (it only removes text between non-digits or inserts
  // non-digits), so testing the raw input is safe.
  CANDIDATE.lastIndex = 0;
  if (!CANDIDATE.test(input)) return NOTHING;
  const text = flattenChatMarkup(input);
  // Unchanged text goes on from the first candidate; flattened text is scanned again from its start.
  if (text !== input) {
    CANDIDATE.lastIndex = 0;
    if (!CANDIDATE.test(text)) return NOTHING;
  }
  const scan = new MessageFlags(text);
  let accepted: AcceptedCodes | undefined;
  // The first number that can matter is held here until a second one needs the collector: most messages
  // have one, and then its verdict alone is the answer.
  let holdingFirst = false;
  let classes: StatusClass[] | undefined;
  do {
    const matchEnd = CANDIDATE.lastIndex;
    const c = text.charCodeAt(matchEnd - 1);
    if (c === 120 /* x */ || c === 88 /* X */) {
      // `5x` or `50x`: a one- or two-digit run followed by an x.
      const end = matchEnd - 1;
      const start = isDigit(text.charCodeAt(end - 2)) ? end - 2 : end - 1;
      const mention = findClassMention(text, start, end);
      if (mention !== undefined && (!mention.needsCue || isClassMentionWithCue(text, start, mention.end))) {
        classes = addOnce(classes, CLASS_NAMES[mention.statusClass - 1]!);
      }
      CANDIDATE.lastIndex = end;
      continue;
    }
    const start = matchEnd - 3;
    const value = (text.charCodeAt(start) - 48) * 100 + (text.charCodeAt(start + 1) - 48) * 10 + c - 48;
    const assessed = assessNumber(scan, start, matchEnd, value);
    if (assessed === 'classRange') classes = addOnce(classes, CLASS_NAMES[Math.floor(value / 100) - 1]!);
    else if (
      assessed &&
      (accepted !== undefined || holdingFirst || assessed.accepted || (!assessed.hardVeto && assessed.known))
    ) {
      // Before the first accepted or list-joinable number, a rejected one links nothing, so the collector
      // (and its per-message state) is only created once a second number can matter.
      if (accepted === undefined && !holdingFirst) {
        holdingFirst = true;
        copyAssessment(assessed, FIRST);
      } else {
        if (accepted === undefined) {
          accepted = new AcceptedCodes(text);
          accepted.add(FIRST);
        }
        accepted.add(assessed);
      }
    }
  } while (CANDIDATE.test(text));
  const codes = accepted ? accepted.codes : holdingFirst && FIRST.accepted ? [FIRST.code] : undefined;
  if (codes === undefined && classes === undefined) return NOTHING;
  return { codes: codes ?? [], classes: classes ?? [] };
}

/**
 * The digit runs worth a look, found by the regex engine (skipping the text between them in native code is
 * several times faster than a character loop): a run of exactly three digits starting with 1-5 (a value in
 * 100-599), and a one- or two-digit run starting with 1-5 followed by an x (`5xx`, `50x`). Every other digit
 * run can be neither a code nor a class mention.
 */
const CANDIDATE = /(?<!\d)[1-5](?:\d\d(?!\d)|\d?[xX])/g;

/** The held first verdict: `assessNumber` reuses its own object for the next number. */
const FIRST = newAssessment();

/** `list` with `item` added unless already there; the list is created with its first item. */
function addOnce<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  if (!list.includes(item)) list.push(item);
  return list;
}
