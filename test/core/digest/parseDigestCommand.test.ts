import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDigestError, describeDigestSchedule } from '../../../src/core/digest/digestMessages.js';
import {
  type DigestParseError,
  isDigestSubcommand,
  parseDigestArguments,
} from '../../../src/core/digest/parseDigestCommand.js';
import { LOCALES } from '../../../src/core/locale.js';
import { WEEKDAYS, weekdayWords } from '../../../src/core/time/weekdays.js';

const parse = (text: string) => parseDigestArguments(text.split(' '));
const ZONES = ['Asia/Seoul', 'UTC', 'America/New_York', 'Europe/Berlin'];

describe('parsing a digest setting', () => {
  it('given the issue’s example then Monday 09:00 in Seoul', () => {
    expect(parse('on mon 09:00 Asia/Seoul')).toEqual({
      ok: true,
      command: { type: 'digestOn', weekday: 'mon', time: '09:00', timeZone: 'Asia/Seoul' },
    });
  });

  it.each([
    ['켜기 월요일 9:00', { weekday: 'mon', time: '09:00' }],
    ['on Friday 17:30 utc', { weekday: 'fri', time: '17:30', timeZone: 'UTC' }],
    ['on 08:15 수', { weekday: 'wed', time: '08:15' }],
    ['ON asia/seoul 일요일 23:59', { weekday: 'sun', time: '23:59', timeZone: 'Asia/Seoul' }],
    ['on ｔｈｕ ０９：００', { weekday: 'thu', time: '09:00' }],
  ])('given "%s" then %j', (text, command) => {
    expect(parse(text)).toEqual({ ok: true, command: { type: 'digestOn', ...command } });
  });

  it('given off, in English or Korean, then off', () => {
    expect(parse('off')).toEqual({ ok: true, command: { type: 'digestOff' } });
    expect(parse('끄기')).toEqual({ ok: true, command: { type: 'digestOff' } });
  });

  it.each([
    ['', { code: 'missingOnOff' }],
    ['maybe mon 09:00', { code: 'badOnOff', word: 'maybe' }],
    ['on 09:00', { code: 'missingWeekday' }],
    ['on mon', { code: 'missingTime' }],
    ['on mnday 09:00', { code: 'unknownWeekday', word: 'mnday' }],
    ['on 월욜 09:00', { code: 'unknownWeekday', word: '월욜' }],
    ['on mon 25:00', { code: 'badTime', word: '25:00' }],
    ['on mon 0900', { code: 'badTime', word: '0900' }],
    ['on mon 09:00 Asia/Seuol', { code: 'badTimeZone', word: 'Asia/Seuol' }],
    ['on mon 09:00 Seuol', { code: 'badTimeZone', word: 'Seuol' }],
    ['on Asia/Seuol mon 09:00', { code: 'badTimeZone', word: 'Asia/Seuol' }],
    ['on mon tue 09:00', { code: 'unexpectedArgument', word: 'tue' }],
    ['on mon 09:00 10:00', { code: 'unexpectedArgument', word: '10:00' }],
    ['on mon 09:00 UTC Asia/Seoul', { code: 'unexpectedArgument', word: 'Asia/Seoul' }],
    ['off mon', { code: 'unexpectedArgument', word: 'mon' }],
  ] as Array<[string, DigestParseError]>)('given "%s" then the typed error %j', (text, error) => {
    expect(parse(text)).toEqual({ ok: false, error });
  });

  it('given any weekday spelling, time and optional zone, in any order, then exactly that schedule', () => {
    const spelling = fc
      .constantFrom(...WEEKDAYS)
      .chain((weekday) => fc.constantFrom(...weekdayWords(weekday)).map((word) => ({ weekday, word })));
    fc.assert(
      fc.property(
        spelling,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
        fc.nat(),
        ({ weekday, word }, h, m, zone, seed) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const args = [word, time, ...(zone ? [zone] : [])];
          const shuffled = args.map((a, i) => ({ a, k: (seed * (i + 7)) % 11 })).sort((x, y) => x.k - y.k);
          expect(parseDigestArguments(['on', ...shuffled.map((x) => x.a)])).toEqual({
            ok: true,
            command: { type: 'digestOn', weekday, time, ...(zone ? { timeZone: zone } : {}) },
          });
        },
      ),
    );
  });

  it('given a valid schedule with an impossible hour then badTime naming that word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const word = `${h}:${String(m).padStart(2, '0')}`;
        expect(parse(`on mon ${word}`)).toEqual({ ok: false, error: { code: 'badTime', word } });
      }),
    );
  });

  it('given any words then a command or a typed error, and every error explains itself in both languages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('on', 'off', 'mon', '월', '09:00', 'UTC')), {
          maxLength: 6,
        }),
        (words) => {
          const result = parseDigestArguments(words);
          if (result.ok) return;
          for (const locale of LOCALES) {
            const text = describeDigestError(result.error, locale);
            expect(text.length).toBeGreaterThan(10);
            const word = 'word' in result.error ? result.error.word : undefined;
            if (word !== undefined) expect(text).toContain(word);
            // No placeholder left unfilled (the typed word itself may hold braces).
            expect(word === undefined ? text : text.replaceAll(word, '')).not.toMatch(/\{\w+\}/);
          }
        },
      ),
    );
  });

  it('given the subcommand words then they are recognised, others not', () => {
    expect(['digest', 'Digest', '주간', '다이제스트', 'weekly'].every(isDigestSubcommand)).toBe(true);
    expect(['daily', 'stats', 'constructor'].some(isDigestSubcommand)).toBe(false);
  });

  it('given a schedule then it reads as a sentence in both languages', () => {
    const on = { type: 'digestOn', weekday: 'mon', time: '09:00' } as const;
    expect(describeDigestSchedule(on, 'en', 'Asia/Seoul')).toBe('Every Monday at 09:00 (Asia/Seoul)');
    expect(describeDigestSchedule({ ...on, timeZone: 'UTC' }, 'ko', 'Asia/Seoul')).toBe(
      '매주 월요일 09:00 (UTC)',
    );
    expect(describeDigestSchedule({ type: 'digestOff' }, 'ko', 'UTC')).toBe('꺼짐');
  });
});
