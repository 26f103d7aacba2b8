import { assessNumber, type NumberAssessment } from './assessNumber.js';
import { findClassMention, isClassMentionWithCue } from './classMentions.js';
import { flattenChatMarkup } from './flattenChatMarkup.js';
import { propagateThroughLists } from './propagateThroughLists.js';

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
  const text = flattenChatMarkup(input);
  const numbers: NumberAssessment[] = [];
  const classes = new Set<StatusClass>();
  const digitRuns = /\d+/g;
  for (let match = digitRuns.exec(text); match !== null; match = digitRuns.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const run = match[0];
    const classDigit = findClassMention(text, start, end);
    if (classDigit !== undefined) {
      if (classDigit.needsCue ? isClassMentionWithCue(text, start, classDigit.end) : true) {
        classes.add(CLASS_NAMES[classDigit.statusClass - 1]!);
      }
      continue;
    }
    if (run.length !== 3) continue;
    const value = Number(run);
    if (value < 100 || value > 599) continue;
    const assessed = assessNumber(text, start, end, value);
    if (assessed === 'classRange') classes.add(CLASS_NAMES[Math.floor(value / 100) - 1]!);
    else if (assessed) numbers.push(assessed);
  }
  propagateThroughLists(text, numbers);
  const codes = new Set<number>();
  for (const n of numbers) if (n.accepted) codes.add(n.code);
  return { codes: [...codes], classes: [...classes] };
}
