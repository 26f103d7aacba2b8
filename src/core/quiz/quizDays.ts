import { type CalendarDate, parseCalendarDay } from '../time/calendarDate.js';
import { WEEKDAYS, type Weekday, weekdayOfDay } from '../time/weekdays.js';

/**
 * When quiz mode is on, the daily post is a question on these weekdays, and the usual code card on
 * the others. Twice a week keeps the code of the day the main thing and makes a bank of 60+ questions
 * last about seven months; every quiz day is followed by a post that can show how the quiz went.
 * A channel may choose its own days (`quiz on mon wed fri`, `quiz on daily`).
 */
export const DEFAULT_QUIZ_WEEKDAYS: readonly Weekday[] = ['tue', 'thu'];

/** True when `date` (`YYYY-MM-DD`) falls on one of `weekdays`; false for an invalid date. */
export function isQuizDay(date: CalendarDate, weekdays: readonly Weekday[] = DEFAULT_QUIZ_WEEKDAYS): boolean {
  const day = parseCalendarDay(date);
  return day !== undefined && weekdays.includes(weekdayOfDay(day));
}

/**
 * How many of `weekdays` came before day number `day` since 1970-01-01: the position of a quiz day
 * among all quiz days, so consecutive quiz days get consecutive numbers whatever the gaps between
 * them. With no weekdays it is the day number itself.
 */
export function quizDayOrdinal(day: number, weekdays: readonly Weekday[]): number {
  const set = new Set(weekdays);
  if (set.size === 0) return day;
  const weekStart = Math.floor(day / 7) * 7;
  let ordinal = (weekStart / 7) * set.size;
  for (let d = weekStart; d < day; d++) if (set.has(weekdayOfDay(d))) ordinal++;
  return ordinal;
}

/** The weekdays in calendar order without repeats (`[thu, tue, thu]` -> `[tue, thu]`). */
export function sortWeekdays(weekdays: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((weekday) => weekdays.includes(weekday));
}
