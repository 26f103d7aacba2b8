import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/locale.js';
import { parseQuizCommand } from '../../../src/core/quiz/parseQuizCommand.js';
import { describeQuizDays, describeQuizSettingError } from '../../../src/core/quiz/quizSettingText.js';
import { WEEKDAYS, type Weekday, weekdayWords } from '../../../src/core/time/weekdays.js';

const parse = (text: string) => parseQuizCommand(text.split(' '));

describe('parsing a quiz setting', () => {
  it.each([
    ['on', ['tue', 'thu']],
    ['켜기', ['tue', 'thu']],
    ['on mon wed fri', ['mon', 'wed', 'fri']],
    ['on fri,mon', ['mon', 'fri']],
    ['on 화 목 화', ['tue', 'thu']],
    ['on daily', [...WEEKDAYS]],
    ['on 매일', [...WEEKDAYS]],
  ] as Array<[string, Weekday[]]>)('given "%s" then quiz days %j', (text, weekdays) => {
    expect(parse(text)).toEqual({ ok: true, command: { type: 'quizOn', weekdays } });
  });

  it.each([
    ['off', { ok: true, command: { type: 'quizOff' } }],
    ['', { ok: false, error: { code: 'missingOnOff' } }],
    ['yes', { ok: false, error: { code: 'badOnOff', word: 'yes' } }],
    ['on tue thurs-day', { ok: false, error: { code: 'unknownWeekday', word: 'thurs-day' } }],
    ['on daily mon', { ok: false, error: { code: 'unknownWeekday', word: 'daily' } }],
    ['off tue', { ok: false, error: { code: 'unexpectedArgument', word: 'tue' } }],
  ])('given "%s" then %j', (text, result) => {
    expect(parse(text)).toEqual(result);
  });

  it('given any set of weekday spellings then exactly those days, in calendar order', () => {
    const words = fc.array(
      fc
        .constantFrom(...WEEKDAYS)
        .chain((weekday) => fc.constantFrom(...weekdayWords(weekday)).map((word) => ({ weekday, word }))),
      { minLength: 1, maxLength: 9 },
    );
    fc.assert(
      fc.property(words, (picked) => {
        const expected = WEEKDAYS.filter((day) => picked.some((p) => p.weekday === day));
        expect(parseQuizCommand(['on', ...picked.map((p) => p.word)])).toEqual({
          ok: true,
          command: { type: 'quizOn', weekdays: expected },
        });
      }),
    );
  });

  it('given any words then a command or a typed error that explains itself in both languages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('on', 'off', 'tue', '목')), { maxLength: 5 }),
        (words) => {
          const result = parseQuizCommand(words);
          if (result.ok) return;
          for (const locale of LOCALES) {
            const text = describeQuizSettingError(result.error, locale);
            const word = 'word' in result.error ? result.error.word : undefined;
            if (word !== undefined) expect(text).toContain(word);
            // No placeholder left unfilled (the typed word itself may hold braces).
            expect(word === undefined ? text : text.replaceAll(word, '')).not.toMatch(/\{\w+\}/);
          }
        },
      ),
    );
  });

  it('given quiz days then they read as a schedule in both languages', () => {
    expect(describeQuizDays(['thu', 'tue'], 'en')).toBe('Every Tuesday and Thursday');
    expect(describeQuizDays(['mon', 'wed', 'fri'], 'en')).toBe('Every Monday, Wednesday and Friday');
    expect(describeQuizDays(['tue', 'thu'], 'ko')).toBe('매주 화요일, 목요일');
    expect(describeQuizDays([...WEEKDAYS], 'ko')).toBe('매일');
    expect(describeQuizDays([], 'en')).toBe('Off');
  });
});
