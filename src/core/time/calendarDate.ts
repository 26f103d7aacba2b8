/** A calendar date as `YYYY-MM-DD`: a label, not an instant, the same in every time zone. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for a real `YYYY-MM-DD` date (`2025-02-30` is not one), or undefined. Callers
 * that need a total function decide what an invalid date means for them.
 */
export function parseCalendarDay(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return undefined;
  return Math.floor(ms / DAY_MS);
}

/** The `YYYY-MM-DD` label of a day number (the inverse of `parseCalendarDay`). */
export function calendarDateOfDay(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative for earlier); undefined when `date` is not a real date. */
export function addDays(date: CalendarDate, days: number): CalendarDate | undefined {
  const day = parseCalendarDay(date);
  return day === undefined ? undefined : calendarDateOfDay(day + days);
}
