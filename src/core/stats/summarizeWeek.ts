import { type CalendarDate, calendarDateOfDay, parseCalendarDay } from '../time/calendarDate.js';
import { createLocalDater } from '../time/localDate.js';
import { canonicalTimeZone } from '../time/timeZone.js';

/** One time the bot explained a code in a channel, as the store records it (no text, no user). */
export interface CodeEvent {
  code: number;
  at: Date;
}

/** A code's count this week and the week before. */
export interface CodeCount {
  code: number;
  count: number;
  previous: number;
}

/** A local calendar day of the window and how many codes were explained on it. */
export interface DayCount {
  date: CalendarDate;
  count: number;
}

/** What a channel's last seven days looked like, next to the seven before. */
export interface WeekStats {
  /** The zone the days are counted in (canonical; `UTC` when the one asked for was unknown). */
  timeZone: string;
  /** This week is [from, to): the 7 × 24 hours before `now`. The week before is the 7 × 24 hours before that. */
  from: Date;
  to: Date;
  total: number;
  previousTotal: number;
  /** Codes seen this week, most frequent first (ties: lower code first). */
  codes: CodeCount[];
  /** Codes seen the week before but not this week, most frequent first. */
  quieted: CodeCount[];
  /** The local dates this week touches, oldest first, with their counts (the first and last are partial). */
  days: DayCount[];
  /** The day with the most codes (ties: the latest); undefined for an empty week. */
  busiestDay?: DayCount;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * Counts a channel's explained codes for the 7 × 24 hours before `now` and the 7 × 24 hours before
 * that: equal spans, so the comparison is fair whatever the hour (a calendar week would compare a
 * partial today with a whole day). Days are counted in the channel's zone. Events outside both weeks,
 * in the future, with an invalid time or a number that is not a status code (100-599) are ignored.
 * Pure: give it the store's rows and the clock's `now`.
 */
export function summarizeWeek(events: Iterable<CodeEvent>, now: Date, timeZone: string): WeekStats {
  const zone = canonicalTimeZone(timeZone) ?? 'UTC';
  const to = now.getTime();
  const from = to - WEEK_MS;
  const before = from - WEEK_MS;
  const thisWeek = new Map<number, number>();
  const lastWeek = new Map<number, number>();
  const perDay = new Map<CalendarDate, number>();
  const localDate = createLocalDater(zone);
  let total = 0;
  let previousTotal = 0;
  for (const event of events) {
    const at = event.at instanceof Date ? event.at.getTime() : Number.NaN;
    const code = event.code;
    if (!(at >= before && at < to) || !Number.isInteger(code) || code < 100 || code > 599) continue;
    if (at >= from) {
      thisWeek.set(code, (thisWeek.get(code) ?? 0) + 1);
      const date = localDate(event.at);
      perDay.set(date, (perDay.get(date) ?? 0) + 1);
      total++;
    } else {
      lastWeek.set(code, (lastWeek.get(code) ?? 0) + 1);
      previousTotal++;
    }
  }
  const byCount = (a: CodeCount, b: CodeCount) => b.count - a.count || a.code - b.code;
  const codes = [...thisWeek].map(([code, count]) => ({ code, count, previous: lastWeek.get(code) ?? 0 }));
  const quieted = [...lastWeek]
    .filter(([code]) => !thisWeek.has(code))
    .map(([code, previous]) => ({ code, count: 0, previous }))
    .sort((a, b) => b.previous - a.previous || a.code - b.code);
  const days = windowDays(localDate(new Date(from)), localDate(new Date(to - 1)), perDay);
  let busiestDay: DayCount | undefined;
  for (const day of days) if (day.count > 0 && day.count >= (busiestDay?.count ?? 0)) busiestDay = day;
  return {
    timeZone: zone,
    from: new Date(from),
    to: new Date(to),
    total,
    previousTotal,
    codes: codes.sort(byCount),
    quieted,
    days,
    ...(busiestDay ? { busiestDay } : {}),
  };
}

/** Every local date from `first` to `last`, with the counts found (0 for the quiet ones). */
function windowDays(
  first: CalendarDate,
  last: CalendarDate,
  perDay: ReadonlyMap<CalendarDate, number>,
): DayCount[] {
  const start = parseCalendarDay(first) ?? 0;
  const end = parseCalendarDay(last) ?? start;
  const days: DayCount[] = [];
  for (let day = start; day <= end; day++) {
    const date = calendarDateOfDay(day);
    days.push({ date, count: perDay.get(date) ?? 0 });
  }
  return days;
}
