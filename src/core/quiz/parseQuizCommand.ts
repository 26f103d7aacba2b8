import { parseSwitch } from '../settings/switchWords.js';
import { normalizeWord } from '../time/normalizeWord.js';
import { parseWeekday, WEEKDAYS, type Weekday } from '../time/weekdays.js';
import { DEFAULT_QUIZ_WEEKDAYS, sortWeekdays } from './quizDays.js';

/** `quiz on` (default days), `quiz on mon wed fri`, `quiz on daily`, `quiz off`. */
export type QuizCommand = { type: 'quizOn'; weekdays: Weekday[] } | { type: 'quizOff' };

/** Why the words are not a quiz setting. `word` is the offending word exactly as typed. */
export type QuizParseError =
  | { code: 'missingOnOff' }
  | { code: 'badOnOff'; word: string }
  | { code: 'unknownWeekday'; word: string }
  | { code: 'unexpectedArgument'; word: string };

export type QuizParseResult = { ok: true; command: QuizCommand } | { ok: false; error: QuizParseError };

/** Words meaning "every day" after `quiz on`. */
const EVERY_DAY = new Set(['daily', 'everyday', 'every-day', 'all', '매일']);

/**
 * Parses the words after `quiz` (the daily post's quiz mode): `on` alone means the default days
 * (Tuesday and Thursday), `on` with weekdays (`tue thu`, `tue,thu`, `화 목`) those days, `on daily`
 * every day, `off` no quiz. Pure and total.
 */
export function parseQuizCommand(words: readonly string[]): QuizParseResult {
  const parts = words.flatMap((word) => word.split(/[\s,、，]+/)).filter((word) => word !== '');
  const [head, ...args] = parts;
  if (head === undefined) return { ok: false, error: { code: 'missingOnOff' } };
  const enabled = parseSwitch(head);
  if (enabled === undefined) return { ok: false, error: { code: 'badOnOff', word: head } };
  if (!enabled) {
    return args[0] === undefined
      ? { ok: true, command: { type: 'quizOff' } }
      : { ok: false, error: { code: 'unexpectedArgument', word: args[0] } };
  }
  if (args.length === 0)
    return { ok: true, command: { type: 'quizOn', weekdays: [...DEFAULT_QUIZ_WEEKDAYS] } };
  if (args.length === 1 && EVERY_DAY.has(normalizeWord(args[0]!)))
    return { ok: true, command: { type: 'quizOn', weekdays: [...WEEKDAYS] } };
  const weekdays: Weekday[] = [];
  for (const word of args) {
    const weekday = parseWeekday(word);
    if (!weekday) return { ok: false, error: { code: 'unknownWeekday', word } };
    weekdays.push(weekday);
  }
  return { ok: true, command: { type: 'quizOn', weekdays: sortWeekdays(weekdays) } };
}
