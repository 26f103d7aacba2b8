import type { Locale } from '../locale.js';
import { WEEKDAYS, type Weekday } from './weekdays.js';

const NAMES: Readonly<Record<Locale, { long: readonly string[]; short: readonly string[] }>> = {
  ko: {
    long: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
    short: ['월', '화', '수', '목', '금', '토', '일'],
  },
  en: {
    long: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
};

/** "Monday" / "월요일", or with `short` "Mon" / "월". */
export function weekdayName(weekday: Weekday, locale: Locale, short = false): string {
  const names = NAMES[locale];
  return (short ? names.short : names.long)[WEEKDAYS.indexOf(weekday)]!;
}
