import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuestionPicker, quizChoiceCodes } from '../../../src/core/quiz/pickQuestion.js';
import { DEFAULT_QUIZ_WEEKDAYS, isQuizDay, quizDayOrdinal } from '../../../src/core/quiz/quizDays.js';
import { WEEKDAYS, type Weekday } from '../../../src/core/time/weekdays.js';
import { dateOf, dayOf, shippedQuiz } from './quizFixtures.js';

const { questions, quiz } = shippedQuiz();
const n = questions.length;

/** The dates of the next `count` quiz days from `start` (inclusive) for a weekday set. */
function quizDates(start: string, count: number, weekdays: readonly Weekday[] = ['tue', 'thu']): string[] {
  const dates: string[] = [];
  for (let day = dayOf(start); dates.length < count; day++) {
    if (isQuizDay(dateOf(day), weekdays)) dates.push(dateOf(day));
  }
  return dates;
}

describe('picking the question of a channel and date', () => {
  it('given the same channel and date then the same question, from a fresh picker and a reordered bank too', () => {
    const again = createQuestionPicker([...questions].reverse());
    for (const date of ['2025-06-03', '2026-01-01', '2031-12-30']) {
      const id = quiz.questionFor('slack:T1:C1', date).id;
      expect(quiz.questionFor('slack:T1:C1', date).id).toBe(id);
      expect(again('slack:T1:C1', date).id).toBe(id);
    }
  });

  it('given any channel then within a cycle of the bank its quiz days never show a question twice', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 30_000 }), (channel, startDay) => {
        const byCycle = new Map<number, Set<string>>();
        for (const date of quizDates(dateOf(startDay), 2 * n)) {
          const cycle = Math.floor(quizDayOrdinal(dayOf(date), DEFAULT_QUIZ_WEEKDAYS) / n);
          const seen = byCycle.get(cycle) ?? new Set<string>();
          const id = quiz.questionFor(channel, date).id;
          expect(seen.has(id), `${id} twice in cycle ${cycle}`).toBe(false);
          seen.add(id);
          byCycle.set(cycle, seen);
        }
        // Two full cycles' worth of quiz days cover at least one whole cycle: the whole bank.
        expect([...byCycle.values()].some((ids) => ids.size === n)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('given one whole cycle of quiz days then it is exactly the bank', () => {
    // Ordinal 0 is the first Thursday: day 0, 1970-01-01. The first cycle is the first n quiz days.
    const ids = quizDates('1970-01-01', n).map((date) => quiz.questionFor('discord:G:C', date).id);
    expect([...ids].sort()).toEqual(questions.map((q) => q.id).sort());
  });

  it('given a cycle boundary then the same question never shows on two quiz days in a row', () => {
    const dates = quizDates('1970-01-01', n * 40);
    for (let i = n; i < dates.length; i += n) {
      const last = quiz.questionFor('slack:T:C', dates[i - 1]!).id;
      const first = quiz.questionFor('slack:T:C', dates[i]!).id;
      expect(first).not.toBe(last);
    }
  });

  it('given two channels then their orders differ, so one does not spoil the other', () => {
    const dates = quizDates('2025-06-03', 20);
    const a = dates.map((date) => quiz.questionFor('slack:T1:C1', date).id);
    const b = dates.map((date) => quiz.questionFor('slack:T1:C2', date).id);
    expect(a).not.toEqual(b);
  });

  it('given a channel that quizzes every day then consecutive days never repeat within a cycle', () => {
    const everyDay: Weekday[] = [...WEEKDAYS];
    const ids = quizDates('2025-01-01', n, everyDay).map((date) => quiz.questionFor('c', date, everyDay).id);
    expect(new Set(ids).size).toBeGreaterThan(n / 2);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).not.toBe(ids[i - 1]);
  });

  it('given any date, valid or not, then a question of the bank', () => {
    const ids = new Set(questions.map((q) => q.id));
    fc.assert(
      fc.property(fc.string(), fc.string(), (channel, date) => {
        expect(ids).toContain(quiz.questionFor(channel, date).id);
      }),
    );
  });

  it('given an empty bank then the picker refuses to be built', () => {
    expect(() => createQuestionPicker([])).toThrow(/empty/);
  });
});

describe('the order of a question’s four codes', () => {
  it('given a question and date then the same order every time, holding the answer and the three distractors', () => {
    for (const question of questions) {
      const order = quizChoiceCodes(question, '2025-06-03');
      expect(quizChoiceCodes(question, '2025-06-03')).toEqual(order);
      expect([...order].sort()).toEqual([question.answer, ...question.distractors].sort());
    }
  });

  it('given the bank on one date then the answer is not always in the same place', () => {
    const positions = new Set(questions.map((q) => quizChoiceCodes(q, '2025-06-03').indexOf(q.answer)));
    expect(positions.size).toBe(4);
  });
});
