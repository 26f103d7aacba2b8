import { parseSwitch } from '../settings/switchWords.js';
import { parseClockTime } from '../time/clockTime.js';
import { normalizeWord } from '../time/normalizeWord.js';
import { canonicalTimeZone } from '../time/timeZone.js';
import { parseWeekday, type Weekday } from '../time/weekdays.js';

/**
 * A well-formed digest setting: `digest on mon 09:00 Asia/Seoul` or `digest off`. The time is `HH:MM`,
 * the zone a canonical IANA name; without a zone the channel's daily zone (or the deployment default)
 * applies.
 */
export type DigestCommand =
  | { type: 'digestOn'; weekday: Weekday; time: string; timeZone?: string }
  | { type: 'digestOff' };

/** Why the words are not a digest setting. `word` is the offending word exactly as typed. */
export type DigestParseError =
  | { code: 'missingOnOff' }
  | { code: 'badOnOff'; word: string }
  | { code: 'missingWeekday' }
  | { code: 'unknownWeekday'; word: string }
  | { code: 'missingTime' }
  | { code: 'badTime'; word: string }
  | { code: 'badTimeZone'; word: string }
  | { code: 'unexpectedArgument'; word: string };

export type DigestParseResult = { ok: true; command: DigestCommand } | { ok: false; error: DigestParseError };

/** Words that name the digest setting, English and Korean, for the settings parser's dispatch. */
export const DIGEST_SUBCOMMAND_WORDS: readonly string[] = [
  'digest',
  'weekly',
  '다이제스트',
  '주간',
  '주간리포트',
];

/** True when `word` names the digest setting (`digest`, `Weekly`, `주간` ...). */
export function isDigestSubcommand(word: string): boolean {
  return DIGEST_SUBCOMMAND_WORDS.includes(normalizeWord(word));
}

const fail = (error: DigestParseError): DigestParseResult => ({ ok: false, error });

/**
 * Parses the words after `digest` (`['on', 'mon', '09:00', 'Asia/Seoul']`, `['off']`, Korean
 * `['켜기', '월요일', '09:00']`). Pure and total: every input gives a command or a typed error.
 * After `on`, the weekday, the time and the optional zone may come in any order: a word that is a
 * weekday name is the weekday, a word starting with a digit the time, anything else the zone. A word
 * that is neither a weekday nor a known zone counts as a misspelled weekday while no weekday was given
 * (`mnday`, `월욜`), and as a bad zone after one, or whenever it looks like a zone (`Asia/Seuol`).
 */
export function parseDigestArguments(words: readonly string[]): DigestParseResult {
  const parts = words.flatMap((word) => word.split(/\s+/)).filter((word) => word !== '');
  const [head, ...args] = parts;
  if (head === undefined) return fail({ code: 'missingOnOff' });
  const enabled = parseSwitch(head);
  if (enabled === undefined) return fail({ code: 'badOnOff', word: head });
  if (!enabled)
    return args[0] === undefined
      ? { ok: true, command: { type: 'digestOff' } }
      : fail({ code: 'unexpectedArgument', word: args[0] });

  let weekday: Weekday | undefined;
  let time: string | undefined;
  let timeZone: string | undefined;
  for (const word of args) {
    const asWeekday = parseWeekday(word);
    if (asWeekday) {
      if (weekday) return fail({ code: 'unexpectedArgument', word });
      weekday = asWeekday;
    } else if (/^\d/.test(normalizeWord(word))) {
      const parsed = parseClockTime(word);
      if (!parsed) return fail({ code: 'badTime', word });
      if (time) return fail({ code: 'unexpectedArgument', word });
      time = parsed;
    } else {
      const zone = canonicalTimeZone(word);
      if (!zone)
        return fail(
          weekday || word.includes('/') ? { code: 'badTimeZone', word } : { code: 'unknownWeekday', word },
        );
      if (timeZone) return fail({ code: 'unexpectedArgument', word });
      timeZone = zone;
    }
  }
  if (!weekday) return fail({ code: 'missingWeekday' });
  if (!time) return fail({ code: 'missingTime' });
  return { ok: true, command: { type: 'digestOn', weekday, time, ...(timeZone ? { timeZone } : {}) } };
}
