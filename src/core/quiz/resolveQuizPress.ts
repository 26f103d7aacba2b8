import type { Locale } from '../locale.js';
import { type CalendarDate, parseCalendarDay } from '../time/calendarDate.js';
import { parseQuizPayload } from './quizPayload.js';
import type { QuizQuestion } from './quizSchema.js';

/**
 * What a press of a quiz button means. Never thrown: every payload maps to one of these.
 *
 * - `answer`: a real question and one of its four codes. `counts` is true only on the quiz day itself
 *   (the channel's local date, or the day after it while clocks disagree around midnight): a press on
 *   an old quiz is answered, but does not change its tally.
 * - `invalid`: `malformed` (not a payload this version writes), `unknownQuestion` (retired from the
 *   bank), `notAChoice` (a code that is not one of the question's four: tampered), `future` (dated
 *   more than a day ahead: tampered).
 */
export type QuizPress =
  | {
      type: 'answer';
      question: QuizQuestion;
      date: CalendarDate;
      chosen: number;
      correct: boolean;
      counts: boolean;
      /** The card's language, from the payload; prefer the presser's own when the platform tells it. */
      locale: Locale;
    }
  | {
      type: 'invalid';
      reason: 'notQuiz' | 'malformed' | 'unknownQuestion' | 'notAChoice' | 'future';
      locale?: Locale;
    };

/** What `resolveQuizPress` needs besides the payload. */
export interface QuizPressContext {
  /** The question of an id, or undefined when the bank no longer has it. */
  question: (id: string) => QuizQuestion | undefined;
  /** The channel's local date now (`YYYY-MM-DD`), which decides whether the press counts. */
  today: CalendarDate;
}

/** Resolves a quiz button's payload (see `formatQuizPayload`) to a typed press. Pure and total. */
export function resolveQuizPress(value: unknown, context: QuizPressContext): QuizPress {
  const parsed = parseQuizPayload(value);
  if (!parsed.ok) return { type: 'invalid', reason: parsed.error };
  const { questionId, date, code, locale } = parsed.payload;
  const question = context.question(questionId);
  if (!question) return { type: 'invalid', reason: 'unknownQuestion', locale };
  if (code !== question.answer && !question.distractors.includes(code))
    return { type: 'invalid', reason: 'notAChoice', locale };
  const day = parseCalendarDay(date)!;
  const today = parseCalendarDay(context.today);
  if (today !== undefined && day > today + 1) return { type: 'invalid', reason: 'future', locale };
  return {
    type: 'answer',
    question,
    date,
    chosen: code,
    correct: code === question.answer,
    counts: today !== undefined && (day === today || day === today + 1),
    locale,
  };
}
