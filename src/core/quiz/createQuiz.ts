import type { Card, CardField } from '../card.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { addDays, type CalendarDate } from '../time/calendarDate.js';
import type { Weekday } from '../time/weekdays.js';
import { buildQuizAnswerCard, buildQuizPressErrorCard, type QuizAnswerNote } from './buildQuizAnswerCard.js';
import { buildQuizCard } from './buildQuizCard.js';
import { createQuestionPicker } from './pickQuestion.js';
import { DEFAULT_QUIZ_WEEKDAYS, isQuizDay } from './quizDays.js';
import { buildQuizResultsField, type QuizTally } from './quizResults.js';
import type { QuizQuestion } from './quizSchema.js';
import { type QuizPress, resolveQuizPress } from './resolveQuizPress.js';

/** The quiz over a validated bank and dataset: everything the daily post and a button press need. */
export interface Quiz {
  readonly questions: readonly QuizQuestion[];
  /** A question by id, or undefined (retired). */
  question(id: string): QuizQuestion | undefined;
  /** Whether `date` is a quiz day for a channel with these quiz weekdays (default Tuesday and Thursday). */
  isQuizDay(date: CalendarDate, weekdays?: readonly Weekday[]): boolean;
  /** The question of a channel on a date: the same in every instance, no repeat within a bank's cycle. */
  questionFor(channelKey: string, date: CalendarDate, weekdays?: readonly Weekday[]): QuizQuestion;
  /** The public quiz post (see `buildQuizCard`). */
  questionCard(question: QuizQuestion, date: CalendarDate, locale: Locale): Card;
  /**
   * The day whose quiz results today's post shows: yesterday when it was a quiz day, else undefined.
   * The store's tally for (channel, that date, `questionFor(channel, that date)`) goes into `resultsField`.
   */
  resultsDate(today: CalendarDate, weekdays?: readonly Weekday[]): CalendarDate | undefined;
  /** "Yesterday's quiz: 12 answered, 75% right" (see `buildQuizResultsField`). */
  resultsField(tally: QuizTally, question: QuizQuestion | undefined, locale: Locale): CardField;
  /** What a button press means (see `resolveQuizPress`); `today` is the channel's local date. */
  resolvePress(payload: unknown, today: CalendarDate): QuizPress;
  /**
   * The private answer to a press: the explanation for an answer (with `note` saying whether it
   * counted), or a friendly "this button no longer works" for an invalid one.
   */
  pressCard(press: QuizPress, locale: Locale, note?: QuizAnswerNote): Card;
}

/**
 * Builds the quiz over a bank validated with `validateQuizBank` against the same entries. Pure and
 * synchronous, like the rest of the core; it holds no per-channel state (the store keeps tallies).
 */
export function createQuiz(questions: readonly QuizQuestion[], entries: readonly StatusEntry[]): Quiz {
  const byId = new Map(questions.map((question) => [question.id, question] as const));
  const byCode = new Map(entries.map((entry) => [entry.code, entry] as const));
  const lookup = (code: number) => byCode.get(code);
  const pick = createQuestionPicker(questions);
  return {
    questions,
    question: (id) => byId.get(id),
    isQuizDay: (date, weekdays = DEFAULT_QUIZ_WEEKDAYS) => isQuizDay(date, weekdays),
    questionFor: (channelKey, date, weekdays = DEFAULT_QUIZ_WEEKDAYS) => pick(channelKey, date, weekdays),
    questionCard: (question, date, locale) => buildQuizCard(question, date, locale, lookup),
    resultsDate(today, weekdays = DEFAULT_QUIZ_WEEKDAYS) {
      const yesterday = addDays(today, -1);
      return yesterday !== undefined && isQuizDay(yesterday, weekdays) ? yesterday : undefined;
    },
    resultsField: (tally, question, locale) => buildQuizResultsField(tally, question, locale, lookup),
    resolvePress: (payload, today) => resolveQuizPress(payload, { question: (id) => byId.get(id), today }),
    pressCard(press, locale, note) {
      if (press.type === 'invalid') return buildQuizPressErrorCard(press, locale);
      return buildQuizAnswerCard(press, locale, lookup, note ?? (press.counts ? 'counted' : 'closed'));
    },
  };
}
