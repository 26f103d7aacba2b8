import { normalizeWord } from './normalizeWord.js';

/** The days of the week, Monday first (ISO order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Every spelling a person may type, English and Korean, lower-case (looked up after normalizing). */
const WEEKDAY_WORDS: ReadonlyMap<string, Weekday> = new Map(
  (
    [
      ['mon', ['mon', 'monday', '월', '월요일']],
      ['tue', ['tue', 'tues', 'tuesday', '화', '화요일']],
      ['wed', ['wed', 'weds', 'wednesday', '수', '수요일']],
      ['thu', ['thu', 'thur', 'thurs', 'thursday', '목', '목요일']],
      ['fri', ['fri', 'friday', '금', '금요일']],
      ['sat', ['sat', 'saturday', '토', '토요일']],
      ['sun', ['sun', 'sunday', '일', '일요일']],
    ] as const
  ).flatMap(([weekday, words]) => words.map((word) => [word, weekday as Weekday] as const)),
);

/**
 * The weekday a person means (`mon`, `Monday`, `MON`, `월`, `월요일`, full-width `ｍｏｎ`), or undefined.
 * A Map, not an object: a typed word like `constructor` must not find an Object.prototype member.
 */
export function parseWeekday(word: string): Weekday | undefined {
  return WEEKDAY_WORDS.get(normalizeWord(word));
}

/** The accepted spellings of one weekday, for help texts and tests. */
export function weekdayWords(weekday: Weekday): string[] {
  return [...WEEKDAY_WORDS].filter(([, day]) => day === weekday).map(([word]) => word);
}

/** The weekday of a day number (days since 1970-01-01, which was a Thursday). */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}
