import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOfDay, parseCalendarDay } from '../../../src/core/time/calendarDate.js';
import { parseClockTime } from '../../../src/core/time/clockTime.js';
import { createLocalDater } from '../../../src/core/time/localDate.js';
import { canonicalTimeZone } from '../../../src/core/time/timeZone.js';
import { parseWeekday, WEEKDAYS, weekdayOfDay, weekdayWords } from '../../../src/core/time/weekdays.js';

const ZONES = [
  'Asia/Seoul',
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
];

/** A string in random letter case. */
const randomCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

describe('weekday names', () => {
  it('given every spelling in any letter case, padded, or full-width then its weekday', () => {
    const spelling = fc
      .constantFrom(...WEEKDAYS)
      .chain((weekday) =>
        fc
          .constantFrom(...weekdayWords(weekday))
          .chain((word) => randomCase(word).map((typed) => ({ weekday, typed }))),
      );
    fc.assert(
      fc.property(spelling, fc.boolean(), ({ weekday, typed }, wide) => {
        const fullWidth = wide
          ? [...typed]
              .map((c) => (/[a-z]/i.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
              .join('')
          : typed;
        expect(parseWeekday(` ${fullWidth} `)).toBe(weekday);
      }),
    );
  });

  it('given the examples of the issue then they parse', () => {
    expect(['mon', 'monday', '월', '월요일', 'Mon', 'MONDAY'].map(parseWeekday)).toEqual(
      Array(6).fill('mon'),
    );
    expect(parseWeekday('일요일')).toBe('sun');
  });

  it.each(['', 'mo', 'mnday', 'weekday', '월욜', 'constructor', '__proto__', '1'])(
    'given %j then no weekday',
    (word) => {
      expect(parseWeekday(word)).toBeUndefined();
    },
  );

  it('given any string then a weekday or undefined, never a throw', () => {
    fc.assert(
      fc.property(fc.string(), (word) => {
        const result = parseWeekday(word);
        expect(result === undefined || WEEKDAYS.includes(result)).toBe(true);
      }),
    );
  });
});

describe('clock times', () => {
  it('given any valid hour and minute, typed with or without a leading zero or full-width, then HH:MM', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.boolean(),
        fc.boolean(),
        (h, m, pad, wide) => {
          const typed = `${pad ? String(h).padStart(2, '0') : h}:${String(m).padStart(2, '0')}`;
          const text = wide
            ? typed.replace(/[0-9:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
            : typed;
          expect(parseClockTime(text)).toBe(`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
        },
      ),
    );
  });

  it('given hours 24-99 or minutes 60-99 then no time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        fc.pre(h > 23 || m > 59);
        expect(parseClockTime(`${h}:${String(m).padStart(2, '0')}`)).toBeUndefined();
      }),
    );
  });

  it.each(['0900', '9', '9:0', '09:000', '9시', '', 'nine'])('given %j then no time', (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
});

describe('calendar dates and zones', () => {
  it('given any day number then the label and the number round-trip, and moving by days adds up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_900_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (day, delta) => {
          const date = calendarDateOfDay(day);
          expect(parseCalendarDay(date)).toBe(day);
          expect(addDays(date, delta)).toBe(calendarDateOfDay(day + delta));
        },
      ),
    );
  });

  it('given impossible dates then undefined', () => {
    expect(
      ['2025-02-29', '2025-13-01', '2025-06-31', '2025-6-3', ' 2025-06-03'].map(parseCalendarDay),
    ).toEqual(Array(5).fill(undefined));
    expect(addDays('nope', 1)).toBeUndefined();
    expect(weekdayOfDay(parseCalendarDay('2025-06-03')!)).toBe('tue');
  });

  it('given zone names in any case or an alias then the canonical name, and unknown zones none', () => {
    expect(canonicalTimeZone('asia/seoul')).toBe('Asia/Seoul');
    expect(canonicalTimeZone(' UTC ')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });

  it('given any instant in zones with half-hour, 45-minute and DST offsets then the memoized local date is Intl’s', () => {
    const intlDate = (instant: Date, zone: string) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(instant);
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }), { maxLength: 30 }),
        (zone, times) => {
          const dater = createLocalDater(zone);
          for (const ms of times.flatMap((t) => [t, t - (t % 900_000), t - (t % 900_000) - 1])) {
            expect(dater(new Date(ms))).toBe(intlDate(new Date(ms), zone));
          }
        },
      ),
    );
  });
});
