import { defineMessages } from '../i18n/defineMessages.js';
import type { Locale } from '../locale.js';
import { weekdayName } from '../time/weekdayNames.js';
import { WEEKDAYS, type Weekday } from '../time/weekdays.js';
import type { QuizParseError } from './parseQuizCommand.js';
import { sortWeekdays } from './quizDays.js';

const quizSettingText = defineMessages({
  ko: {
    missingOnOff: 'quiz 다음에 on 또는 off를 적어 주세요. 예: quiz on, quiz on 화 목, quiz on daily',
    badOnOff: '"{word}" 대신 on 또는 off를 쓰세요. 예: quiz on 화 목',
    unknownWeekday:
      '"{word}"은(는) 알 수 없는 요일입니다. mon–sun, 월–일, 월요일–일요일 중에서 고르거나, 매일이면 daily를 쓰세요.',
    unexpectedArgument: 'quiz off에는 "{word}"이(가) 필요하지 않습니다.',
    everyDay: '매일',
    onDays: '매주 {days}',
    off: '꺼짐',
  },
  en: {
    missingOnOff: 'After quiz, say on or off, e.g. quiz on, quiz on tue thu, quiz on daily',
    badOnOff: 'Use on or off instead of "{word}", e.g. quiz on tue thu',
    unknownWeekday:
      '"{word}" is not a day of the week. Pick from mon–sun (or 월–일), or say daily for every day.',
    unexpectedArgument: 'quiz off does not take "{word}".',
    everyDay: 'Every day',
    onDays: 'Every {days}',
    off: 'Off',
  },
});

/** What went wrong with a quiz setting and how to write it, for the settings error card. */
export function describeQuizSettingError(error: QuizParseError, locale: Locale): string {
  return quizSettingText(locale, error.code, 'word' in error ? { word: error.word } : undefined);
}

/** "Every Tuesday and Thursday" / "매주 화요일, 목요일", "Every day" / "매일", or "Off" for no days. */
export function describeQuizDays(weekdays: readonly Weekday[], locale: Locale): string {
  const days = sortWeekdays(weekdays);
  if (days.length === 0) return quizSettingText(locale, 'off');
  if (days.length === WEEKDAYS.length) return quizSettingText(locale, 'everyDay');
  const names = days.map((day) => weekdayName(day, locale));
  const list =
    locale === 'en' && names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      : names.join(', ');
  return quizSettingText(locale, 'onDays', { days: list });
}
