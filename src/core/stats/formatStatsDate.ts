import type { Locale } from '../locale.js';
import { type CalendarDate, parseCalendarDay } from '../time/calendarDate.js';
import { weekdayName } from '../time/weekdayNames.js';
import { weekdayOfDay } from '../time/weekdays.js';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Tue, Jun 3" / "6월 3일 (화)" (with the weekday) or "Jun 3" / "6월 3일". Written out here rather
 * than with Intl's locale data, so the text is the same on every runtime.
 */
export function formatStatsDate(date: CalendarDate, locale: Locale, withWeekday: boolean): string {
  const day = parseCalendarDay(date);
  if (day === undefined) return date;
  const [, month = '1', dayOfMonth = '1'] = date.split('-');
  const m = Number(month);
  const d = Number(dayOfMonth);
  const weekday = weekdayName(weekdayOfDay(day), locale, true);
  if (locale === 'ko') return withWeekday ? `${m}월 ${d}일 (${weekday})` : `${m}월 ${d}일`;
  return withWeekday ? `${weekday}, ${EN_MONTHS[m - 1]} ${d}` : `${EN_MONTHS[m - 1]} ${d}`;
}

/** A count with thousands separators ("12,345"), ASCII only so it lines up in a monospace table. */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
