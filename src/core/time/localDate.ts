import type { CalendarDate } from './calendarDate.js';

/**
 * Offsets change on whole quarter hours in the tz database (transitions and midnights fall on UTC
 * instants that are multiples of 15 minutes for every zone in use since 1972), so every instant in one
 * quarter-hour slot has the same local date: one Intl call per slot instead of one per event.
 */
const SLOT_MS = 15 * 60_000;

/** Turns instants into local calendar dates of one zone. */
export type LocalDater = (instant: Date) => CalendarDate;

/**
 * A function giving the local `YYYY-MM-DD` of an instant in `timeZone`, with offsets and DST from the
 * runtime's tz database (Intl). The zone must be valid (see `canonicalTimeZone`); this throws a
 * RangeError for an unknown one, as Intl does. Results are memoized per quarter-hour slot.
 */
export function createLocalDater(timeZone: string): LocalDater {
  const format = dateFormatFor(timeZone);
  const slots = new Map<number, CalendarDate>();
  return (instant) => {
    const slot = Math.floor(instant.getTime() / SLOT_MS);
    let date = slots.get(slot);
    if (date === undefined) {
      // en-CA writes dates as YYYY-MM-DD.
      date = format.format(slot * SLOT_MS);
      // Bounded: a stats window spans a few thousand slots at most; a long-lived dater starts over.
      if (slots.size > 10_000) slots.clear();
      slots.set(slot, date);
    }
    return date;
  };
}

/** Building a DateTimeFormat costs far more than using one, so one is kept per zone. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    if (formats.size > 500) formats.clear();
    formats.set(timeZone, format);
  }
  return format;
}
