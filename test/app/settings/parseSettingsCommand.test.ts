import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from '../../../src/app/settings/canonicalTimeZone.js';
import {
  checkTypedSettingsCommand,
  isSettingsWord,
  parseSettingsCommand,
} from '../../../src/app/settings/parseSettingsCommand.js';

describe('parseSettingsCommand', () => {
  it.each([
    [['config'], { type: 'show' }],
    [['설정'], { type: 'show' }],
    [['daily', 'on'], { type: 'dailyOn' }],
    [['daily', 'on', '08:30'], { type: 'dailyOn', time: '08:30' }],
    [['daily', 'on', '8:05', 'asia/seoul'], { type: 'dailyOn', time: '08:05', timeZone: 'Asia/Seoul' }],
    [['daily', 'on', 'UTC', '23:59'], { type: 'dailyOn', time: '23:59', timeZone: 'UTC' }],
    [
      ['DAILY', 'ON', '07:00', 'America/New_York'],
      { type: 'dailyOn', time: '07:00', timeZone: 'America/New_York' },
    ],
    [['daily on 09:15 Europe/Berlin'], { type: 'dailyOn', time: '09:15', timeZone: 'Europe/Berlin' }],
    [['매일', '켜기', '07：30'], { type: 'dailyOn', time: '07:30' }],
    [['daily', 'off'], { type: 'dailyOff' }],
    [['매일', '끄기'], { type: 'dailyOff' }],
    [['auto', 'on'], { type: 'auto', enabled: true }],
    [['자동', '끄기'], { type: 'auto', enabled: false }],
    [['lang', 'en'], { type: 'lang', locale: 'en' }],
    [['언어', '한국어'], { type: 'lang', locale: 'ko' }],
  ])('given %j then it parses to %j', (words, command) => {
    expect(parseSettingsCommand(words)).toEqual({ ok: true, command });
  });

  it.each([
    [[], { code: 'missingSubcommand' }],
    [['  '], { code: 'missingSubcommand' }],
    [['frobnicate'], { code: 'unknownSubcommand', word: 'frobnicate' }],
    [['constructor'], { code: 'unknownSubcommand', word: 'constructor' }],
    [['daily'], { code: 'missingArgument', subcommand: 'daily' }],
    [['lang'], { code: 'missingArgument', subcommand: 'lang' }],
    [['daily', 'maybe'], { code: 'badOnOff', subcommand: 'daily', word: 'maybe' }],
    [['auto', 'toString'], { code: 'badOnOff', subcommand: 'auto', word: 'toString' }],
    [['daily', 'on', '25:00'], { code: 'badTime', word: '25:00' }],
    [['daily', 'on', '12:60'], { code: 'badTime', word: '12:60' }],
    [['daily', 'on', '0830'], { code: 'badTime', word: '0830' }],
    [['daily', 'on', '08:30', 'Mars/Olympus'], { code: 'badTimeZone', word: 'Mars/Olympus' }],
    [['daily', 'on', '08:30', '09:00'], { code: 'unexpectedArgument', subcommand: 'daily', word: '09:00' }],
    [['daily', 'off', '08:30'], { code: 'unexpectedArgument', subcommand: 'daily', word: '08:30' }],
    [['lang', 'fr'], { code: 'badLocale', word: 'fr' }],
    [['config', 'now'], { code: 'unexpectedArgument', subcommand: 'config', word: 'now' }],
  ])('given %j then it is the typed error %j', (words, error) => {
    const result = parseSettingsCommand(words);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual(error);
  });

  const keyword = fc.constantFrom(
    'config',
    'daily',
    'auto',
    'lang',
    'on',
    'off',
    '켜기',
    '끄기',
    'ko',
    'en',
    '08:30',
    '25:00',
    'Asia/Seoul',
    'Mars/Olympus',
    '__proto__',
    'constructor',
  );
  const word = fc.oneof(keyword, fc.string(), fc.string({ unit: 'grapheme' }));

  it('given any words then it never throws and returns a command or a typed error', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const result = parseSettingsCommand(words);
        if (result.ok) {
          expect(['show', 'dailyOn', 'dailyOff', 'auto', 'lang']).toContain(result.command.type);
        } else {
          expect(typeof result.error.code).toBe('string');
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('given any accepted daily-on command then its time is HH:MM and its zone a canonical IANA zone', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(keyword, fc.string({ maxLength: 8 })), { maxLength: 3 }), (rest) => {
        const result = parseSettingsCommand(['daily', 'on', ...rest]);
        if (result.ok && result.command.type === 'dailyOn') {
          const { time, timeZone } = result.command;
          if (time !== undefined) expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          if (timeZone !== undefined) expect(canonicalTimeZone(timeZone)).toBe(timeZone);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('given any valid hour and minute then the time round-trips to zero-padded HH:MM', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const typed = `${h}:${String(m).padStart(2, '0')}`;
        const expected = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseSettingsCommand(['daily', 'on', typed])).toEqual({
          ok: true,
          command: { type: 'dailyOn', time: expected },
        });
      }),
    );
  });
});

describe('checkTypedSettingsCommand', () => {
  it.each([
    [{ subcommand: 'config' }, { ok: true, command: { type: 'show' } }],
    [
      { subcommand: 'auto', enabled: false },
      { ok: true, command: { type: 'auto', enabled: false } },
    ],
    [
      { subcommand: 'lang', language: 'en' },
      { ok: true, command: { type: 'lang', locale: 'en' } },
    ],
    [
      { subcommand: 'daily', enabled: true, time: '8:05', timeZone: 'asia/seoul' },
      { ok: true, command: { type: 'dailyOn', time: '08:05', timeZone: 'Asia/Seoul' } },
    ],
    [
      { subcommand: 'daily', enabled: true },
      { ok: true, command: { type: 'dailyOn' } },
    ],
    [
      { subcommand: 'daily', enabled: false },
      { ok: true, command: { type: 'dailyOff' } },
    ],
    [
      { subcommand: 'daily', enabled: true, time: '25:99' },
      { ok: false, error: { code: 'badTime', word: '25:99' }, subcommand: 'daily' },
    ],
    // A typed time is a time: text in the time slot is a bad time, never taken for a zone.
    [
      { subcommand: 'daily', enabled: true, time: 'Asia/Seoul' },
      { ok: false, error: { code: 'badTime', word: 'Asia/Seoul' }, subcommand: 'daily' },
    ],
    [
      { subcommand: 'daily', enabled: true, timeZone: 'Mars/Olympus' },
      { ok: false, error: { code: 'badTimeZone', word: 'Mars/Olympus' }, subcommand: 'daily' },
    ],
    [
      { subcommand: 'daily', enabled: false, time: '08:30' },
      {
        ok: false,
        error: { code: 'unexpectedArgument', subcommand: 'daily', word: '08:30' },
        subcommand: 'daily',
      },
    ],
    [
      { subcommand: 'lang', language: 'fr' },
      { ok: false, error: { code: 'badLocale', word: 'fr' }, subcommand: 'lang' },
    ],
  ] as const)('given %j then %j', (typed, expected) => {
    expect(checkTypedSettingsCommand(typed)).toEqual(expected);
  });

  it('given any valid time and zone then the typed command and the same words give the same command', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('UTC', 'Asia/Seoul', 'europe/berlin', 'America/New_York'),
        (h, m, zone) => {
          const time = `${h}:${String(m).padStart(2, '0')}`;
          expect(
            checkTypedSettingsCommand({ subcommand: 'daily', enabled: true, time, timeZone: zone }),
          ).toEqual(parseSettingsCommand(['daily', 'on', time, zone]));
        },
      ),
    );
  });

  it('given any first word then isSettingsWord is true exactly when the parser knows it as a subcommand', () => {
    const knows = (word: string) => {
      const parsed = parseSettingsCommand([word]);
      return parsed.ok || parsed.error.code !== 'unknownSubcommand';
    };
    const words = ['config', '설정', 'settings', 'daily', '매일', 'auto', '자동', 'lang', 'language', '언어'];
    for (const word of [...words, ...words.map((w) => w.toUpperCase())])
      expect(isSettingsWord(word)).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...words, '503', 'constructor'), fc.string({ maxLength: 12 })),
        (word) => {
          fc.pre(word.trim() !== '' && !/\s/.test(word));
          expect(isSettingsWord(word)).toBe(knows(word));
        },
      ),
    );
  });
});
