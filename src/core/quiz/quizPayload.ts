import type { Locale } from '../locale.js';
import { type CalendarDate, parseCalendarDay } from '../time/calendarDate.js';
import { QUESTION_ID_MAX, QUESTION_ID_PATTERN } from './quizSchema.js';

/**
 * What a quiz button carries: `quiz1:<question id>:<YYYY-MM-DD>:<code>:<locale>`, e.g.
 * `quiz1:put-stale-etag:2025-06-03:412:ko`. At most 64 characters, so it fits a Discord custom_id
 * (100) and a Slack button value; the `quiz1` prefix names the format, so a later format can be told
 * apart from this one. The locale is the card's, the fallback when the platform does not tell the
 * presser's own language.
 */
export interface QuizPayload {
  questionId: string;
  /** The quiz day the button was posted for. */
  date: CalendarDate;
  /** The code the button stands for. */
  code: number;
  locale: Locale;
}

export const QUIZ_PAYLOAD_PREFIX = 'quiz1';
/** The longest payload `formatQuizPayload` writes. */
export const QUIZ_PAYLOAD_MAX = QUIZ_PAYLOAD_PREFIX.length + QUESTION_ID_MAX + 10 + 3 + 2 + 4;

/** Why a string is not a quiz payload. */
export type QuizPayloadError = 'notQuiz' | 'malformed';

export type QuizPayloadParse = { ok: true; payload: QuizPayload } | { ok: false; error: QuizPayloadError };

/** Writes a payload; the inverse of `parseQuizPayload` for every valid payload. */
export function formatQuizPayload(payload: QuizPayload): string {
  return [QUIZ_PAYLOAD_PREFIX, payload.questionId, payload.date, payload.code, payload.locale].join(':');
}

const PAYLOAD = /^quiz1:([a-z0-9-]+):(\d{4}-\d{2}-\d{2}):([1-5]\d\d):(ko|en)$/;

/**
 * Reads a button payload. Total: anything (undefined, a value from another button, a payload cut
 * short or tampered with) gives a typed error, never a throw. `notQuiz` means it does not even start
 * like a quiz payload (another feature's button); `malformed` means it does, but is broken.
 */
export function parseQuizPayload(value: unknown): QuizPayloadParse {
  if (typeof value !== 'string' || !value.startsWith('quiz')) return { ok: false, error: 'notQuiz' };
  const match = PAYLOAD.exec(value);
  if (!match) return { ok: false, error: 'malformed' };
  const [, questionId = '', date = '', code = '', locale = ''] = match;
  if (
    questionId.length > QUESTION_ID_MAX ||
    !QUESTION_ID_PATTERN.test(questionId) ||
    parseCalendarDay(date) === undefined
  )
    return { ok: false, error: 'malformed' };
  return { ok: true, payload: { questionId, date, code: Number(code), locale: locale as Locale } };
}
