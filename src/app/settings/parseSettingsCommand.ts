import type { Locale } from '../../core/locale.js';
import { parseClockTime } from '../scheduler/clockTime.js';
import { canonicalTimeZone } from './canonicalTimeZone.js';

/** The settings subcommands, by their English names. */
export type SettingsSubcommand = 'config' | 'daily' | 'auto' | 'lang';

/** A well-formed settings command. Times are `HH:MM`, zones canonical IANA names. */
export type SettingsCommand =
  | { type: 'show' }
  /** Time and zone left out keep the channel's current ones. */
  | { type: 'dailyOn'; time?: string; timeZone?: string }
  | { type: 'dailyOff' }
  | { type: 'auto'; enabled: boolean }
  | { type: 'lang'; locale: Locale };

/** Why the words are not a settings command. `word` is the offending word exactly as typed. */
export type SettingsParseError =
  | { code: 'missingSubcommand' }
  | { code: 'unknownSubcommand'; word: string }
  | { code: 'missingArgument'; subcommand: SettingsSubcommand }
  | { code: 'badOnOff'; subcommand: 'daily' | 'auto'; word: string }
  | { code: 'badLocale'; word: string }
  | { code: 'badTime'; word: string }
  | { code: 'badTimeZone'; word: string }
  | { code: 'unexpectedArgument'; subcommand: SettingsSubcommand; word: string };

export type SettingsParseResult =
  | { ok: true; command: SettingsCommand }
  | { ok: false; error: SettingsParseError; subcommand?: SettingsSubcommand };

// Maps, not object literals: a typed word like `constructor` must not find Object.prototype members.
const SUBCOMMANDS: ReadonlyMap<string, SettingsSubcommand> = new Map([
  ['config', 'config'],
  ['settings', 'config'],
  ['show', 'config'],
  ['설정', 'config'],
  ['daily', 'daily'],
  ['매일', 'daily'],
  ['데일리', 'daily'],
  ['auto', 'auto'],
  ['autoexplain', 'auto'],
  ['auto-explain', 'auto'],
  ['자동', 'auto'],
  ['자동설명', 'auto'],
  ['lang', 'lang'],
  ['language', 'lang'],
  ['locale', 'lang'],
  ['언어', 'lang'],
]);

const SWITCHES: ReadonlyMap<string, boolean> = new Map([
  ['on', true],
  ['enable', true],
  ['켜기', true],
  ['켜', true],
  ['켬', true],
  ['off', false],
  ['disable', false],
  ['끄기', false],
  ['꺼', false],
  ['끔', false],
]);

const LANGUAGES: ReadonlyMap<string, Locale> = new Map([
  ['ko', 'ko'],
  ['korean', 'ko'],
  ['한국어', 'ko'],
  ['한글', 'ko'],
  ['en', 'en'],
  ['english', 'en'],
  ['영어', 'en'],
]);

/**
 * A settings command as typed options give it (Discord's `/httpconfig` subcommands): the same commands
 * as the words, with each value in its own slot. Values are checked exactly as typed words are.
 */
export type TypedSettingsCommand =
  | { subcommand: 'config' }
  | { subcommand: 'daily'; enabled: boolean; time?: string; timeZone?: string }
  | { subcommand: 'auto'; enabled: boolean }
  | { subcommand: 'lang'; language: string };

/** True when `word` opens a settings command (`config`, `설정`, `자동`, `language`, ...), in any case. */
export function isSettingsWord(word: string): boolean {
  return SUBCOMMANDS.has(word.toLowerCase());
}

const fail = (error: SettingsParseError, subcommand?: SettingsSubcommand): SettingsParseResult =>
  subcommand ? { ok: false, error, subcommand } : { ok: false, error };
const done = (command: SettingsCommand): SettingsParseResult => ({ ok: true, command });

/** `daily on` takes a time and a zone, in either order; a word starting with a digit is meant as a time. */
function parseDailyOn(args: readonly string[]): SettingsParseResult {
  let time: string | undefined;
  let timeZone: string | undefined;
  for (const word of args) {
    if (/^\d/.test(word)) {
      const parsed = parseClockTime(word);
      if (!parsed) return fail({ code: 'badTime', word }, 'daily');
      if (time) return fail({ code: 'unexpectedArgument', subcommand: 'daily', word }, 'daily');
      time = parsed;
    } else {
      const zone = canonicalTimeZone(word);
      if (!zone) return fail({ code: 'badTimeZone', word }, 'daily');
      if (timeZone) return fail({ code: 'unexpectedArgument', subcommand: 'daily', word }, 'daily');
      timeZone = zone;
    }
  }
  return done({ type: 'dailyOn', ...(time ? { time } : {}), ...(timeZone ? { timeZone } : {}) });
}

/** Checks a typed settings command: time and zone as `daily on` words are checked, the language by name. */
export function checkTypedSettingsCommand(typed: TypedSettingsCommand): SettingsParseResult {
  switch (typed.subcommand) {
    case 'config':
      return done({ type: 'show' });
    case 'auto':
      return done({ type: 'auto', enabled: typed.enabled });
    case 'lang': {
      const locale = LANGUAGES.get(typed.language.toLowerCase());
      return locale
        ? done({ type: 'lang', locale })
        : fail({ code: 'badLocale', word: typed.language }, 'lang');
    }
    case 'daily': {
      const given = [typed.time, typed.timeZone].filter((v): v is string => v !== undefined);
      if (typed.enabled) return checkedDailyOn(typed.time, typed.timeZone);
      return given[0] === undefined
        ? done({ type: 'dailyOff' })
        : fail({ code: 'unexpectedArgument', subcommand: 'daily', word: given[0] }, 'daily');
    }
  }
}

function checkedDailyOn(time: string | undefined, zone: string | undefined): SettingsParseResult {
  const clock = time === undefined ? undefined : parseClockTime(time);
  if (time !== undefined && !clock) return fail({ code: 'badTime', word: time }, 'daily');
  const timeZone = zone === undefined ? undefined : canonicalTimeZone(zone);
  if (zone !== undefined && !timeZone) return fail({ code: 'badTimeZone', word: zone }, 'daily');
  return done({ type: 'dailyOn', ...(clock ? { time: clock } : {}), ...(timeZone ? { timeZone } : {}) });
}

/**
 * Parses settings words (`['daily', 'on', '08:30', 'Asia/Seoul']`). Pure and total: every input gives
 * a command or a typed error. Keywords are case-insensitive and have Korean forms (`매일 켜기`, `언어 영어`);
 * a word holding spaces counts as several words.
 */
export function parseSettingsCommand(words: readonly string[]): SettingsParseResult {
  const parts = words.flatMap((w) => w.split(/\s+/)).filter((w) => w !== '');
  const [head, ...args] = parts;
  if (head === undefined) return fail({ code: 'missingSubcommand' });
  const subcommand = SUBCOMMANDS.get(head.toLowerCase());
  if (!subcommand) return fail({ code: 'unknownSubcommand', word: head });

  if (subcommand === 'config') {
    const extra = args[0];
    return extra === undefined
      ? done({ type: 'show' })
      : fail({ code: 'unexpectedArgument', subcommand, word: extra }, subcommand);
  }

  const [value, ...rest] = args;
  if (value === undefined) return fail({ code: 'missingArgument', subcommand }, subcommand);

  if (subcommand === 'lang') {
    const locale = LANGUAGES.get(value.toLowerCase());
    if (!locale) return fail({ code: 'badLocale', word: value }, subcommand);
    return rest[0] === undefined
      ? done({ type: 'lang', locale })
      : fail({ code: 'unexpectedArgument', subcommand, word: rest[0] }, subcommand);
  }

  const enabled = SWITCHES.get(value.toLowerCase());
  if (enabled === undefined) return fail({ code: 'badOnOff', subcommand, word: value }, subcommand);
  if (subcommand === 'daily' && enabled) return parseDailyOn(rest);
  if (rest[0] !== undefined)
    return fail({ code: 'unexpectedArgument', subcommand, word: rest[0] }, subcommand);
  return done(subcommand === 'daily' ? { type: 'dailyOff' } : { type: 'auto', enabled });
}
