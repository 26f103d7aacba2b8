import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ_WEEKDAYS, isQuizDay, quizDayOrdinal } from '../../../src/core/quiz/quizDays.js';
import { addDays } from '../../../src/core/time/calendarDate.js';
import { WEEKDAYS, type Weekday, weekdayOfDay } from '../../../src/core/time/weekdays.js';
import { dateOf, dayOf, shippedQuiz } from './quizFixtures.js';

const { quiz } = shippedQuiz();

describe('quiz days', () => {
  it('given the default then quiz days are Tuesday and Thursday', () => {
    expect(DEFAULT_QUIZ_WEEKDAYS).toEqual(['tue', 'thu']);
    // 2025-06-02 was a Monday.
    const week = Array.from({ length: 7 }, (_, i) => addDays('2025-06-02', i)!);
    expect(week.map((date) => isQuizDay(date))).toEqual([false, true, false, true, false, false, false]);
  });

  it('given a channel that chose every weekday then every date is a quiz day, and none with no weekdays', () => {
    expect(isQuizDay('2025-06-07', WEEKDAYS)).toBe(true);
    expect(isQuizDay('2025-06-03', [])).toBe(false);
  });

  it.each(['', '2025-02-30', 'tomorrow', '2025-6-3'])(
    'given the invalid date %j then not a quiz day',
    (date) => {
      expect(isQuizDay(date)).toBe(false);
    },
  );

  it('given any weekday set then consecutive quiz days get consecutive ordinals, other days none of their own', () => {
    const weekdaySet = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(weekdaySet, fc.integer({ min: 0, max: 40_000 }), (weekdays: Weekday[], start) => {
        let expected = quizDayOrdinal(start, weekdays);
        for (let day = start; day < start + 21; day++) {
          expect(quizDayOrdinal(day, weekdays)).toBe(expected);
          if (weekdays.includes(weekdayOfDay(day))) expected++;
        }
      }),
    );
  });

  it('given a quiz day then the next post shows its results, and the day after a non-quiz day shows none', () => {
    expect(quiz.resultsDate('2025-06-04')).toBe('2025-06-03');
    expect(quiz.resultsDate('2025-06-06')).toBe('2025-06-05');
    expect(quiz.resultsDate('2025-06-05')).toBeUndefined();
    expect(quiz.resultsDate('2025-06-05', WEEKDAYS)).toBe('2025-06-04');
    expect(quiz.resultsDate('not a date')).toBeUndefined();
  });

  it('given 1970-01-01 then it is a Thursday (the epoch the ordinals count from)', () => {
    expect(weekdayOfDay(dayOf('1970-01-01'))).toBe('thu');
    expect(weekdayOfDay(dayOf(dateOf(dayOf('2025-06-03'))))).toBe('tue');
  });
});
