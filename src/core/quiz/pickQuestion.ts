import { seededShuffle, stringSeed } from '../random/seededShuffle.js';
import { type CalendarDate, parseCalendarDay } from '../time/calendarDate.js';
import type { Weekday } from '../time/weekdays.js';
import { DEFAULT_QUIZ_WEEKDAYS, quizDayOrdinal } from './quizDays.js';
import type { QuizQuestion } from './quizSchema.js';

/** Picks the question of a channel's quiz day. */
export type QuestionPicker = (
  channelKey: string,
  date: CalendarDate,
  weekdays?: readonly Weekday[],
) => QuizQuestion;

/**
 * The question a channel sees on a date. Pure and stateless, so every instance picks the same one:
 *
 * - the channel's quiz days are numbered in a row (`quizDayOrdinal`: the n-th Tuesday-or-Thursday since
 *   1970), and cut into cycles as long as the bank;
 * - each cycle is the bank (sorted by id, so file order does not matter) shuffled with a seed made of
 *   the channel key and the cycle number: every question once per cycle, a different order per channel
 *   (neighbouring channels don't spoil each other's quiz) and per cycle;
 * - a cycle never opens with the question that closed the one before.
 *
 * `channelKey` is whatever names the channel uniquely (e.g. `slack:T123:C456`). Changing the channel's
 * quiz weekdays, or adding questions to the bank, starts a new order: a repeat is then possible before
 * the bank is exhausted. An invalid date counts as day 0.
 */
export function createQuestionPicker(questions: readonly QuizQuestion[]): QuestionPicker {
  if (questions.length === 0) throw new Error('the quiz bank is empty');
  const sorted = [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const orderOf = (channelSeed: number, cycle: number): QuizQuestion[] =>
    seededShuffle(sorted, (channelSeed ^ Math.imul(cycle + 1, 0x9e3779b1)) >>> 0);
  return (channelKey, date, weekdays = DEFAULT_QUIZ_WEEKDAYS) => {
    const ordinal = quizDayOrdinal(parseCalendarDay(date) ?? 0, weekdays);
    const count = sorted.length;
    const cycle = Math.floor(ordinal / count);
    const position = ordinal - cycle * count;
    const channelSeed = stringSeed(channelKey);
    const order = orderOf(channelSeed, cycle);
    if (count > 1) {
      const previous = orderOf(channelSeed, cycle - 1);
      if (order[0] === previous[count - 1]) [order[0], order[1]] = [order[1]!, order[0]!];
    }
    return order[position]!;
  };
}

/**
 * The four codes of a question in button order: shuffled with a seed made of the question id and the
 * date, so the buttons are the same in every instance and on every re-render, and the answer is not
 * always in the same place.
 */
export function quizChoiceCodes(question: QuizQuestion, date: CalendarDate): number[] {
  return seededShuffle([question.answer, ...question.distractors], stringSeed(`${question.id}|${date}`));
}
