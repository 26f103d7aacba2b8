import { defineMessages } from '../i18n/defineMessages.js';
import type { Locale } from '../locale.js';
import { weekdayName } from '../time/weekdayNames.js';
import type { DigestCommand, DigestParseError } from './parseDigestCommand.js';

const digestText = defineMessages({
  ko: {
    missingOnOff: 'digest 다음에 on 또는 off를 적어 주세요. 예: digest on 월요일 09:00 Asia/Seoul',
    badOnOff: '"{word}" 대신 on 또는 off를 쓰세요. 예: digest on 월요일 09:00',
    missingWeekday:
      '리포트를 받을 요일을 적어 주세요. 예: digest on 월요일 09:00 (mon, 월, 월요일 모두 됩니다)',
    unknownWeekday:
      '"{word}"은(는) 알 수 없는 요일입니다. mon–sun, monday–sunday, 월–일, 월요일–일요일 중 하나를 쓰세요.',
    missingTime: '리포트를 받을 시각을 24시간제 HH:MM으로 적어 주세요. 예: digest on 월요일 09:00',
    badTime: '"{word}"은(는) 올바른 시각이 아닙니다. 24시간제 HH:MM(00:00–23:59)으로 적어 주세요.',
    badTimeZone:
      '"{word}"은(는) 알 수 없는 시간대입니다. Asia/Seoul, America/New_York, UTC 같은 IANA 시간대 이름을 쓰세요.',
    unexpectedArgument: 'digest에는 "{word}"이(가) 필요하지 않습니다. 예: digest on 월요일 09:00 Asia/Seoul',
    scheduleOn: '매주 {weekday} {time} ({zone})',
    scheduleOff: '꺼짐',
  },
  en: {
    missingOnOff: 'After digest, say on or off, e.g. digest on mon 09:00 Asia/Seoul',
    badOnOff: 'Use on or off instead of "{word}", e.g. digest on mon 09:00',
    missingWeekday:
      'Say which day the digest comes, e.g. digest on mon 09:00 (mon, monday, 월 and 월요일 all work).',
    unknownWeekday: '"{word}" is not a day of the week. Use mon–sun, monday–sunday, 월–일 or 월요일–일요일.',
    missingTime: 'Say what time the digest comes, as 24-hour HH:MM, e.g. digest on mon 09:00',
    badTime: '"{word}" is not a valid time. Use 24-hour HH:MM (00:00–23:59).',
    badTimeZone:
      '"{word}" is not a known time zone. Use an IANA zone name such as Asia/Seoul, America/New_York or UTC.',
    unexpectedArgument: 'digest does not take "{word}", e.g. digest on mon 09:00 Asia/Seoul',
    scheduleOn: 'Every {weekday} at {time} ({zone})',
    scheduleOff: 'Off',
  },
});

/** What went wrong with a digest setting and how to write it, for the settings error card. */
export function describeDigestError(error: DigestParseError, locale: Locale): string {
  return digestText(locale, error.code, 'word' in error ? { word: error.word } : undefined);
}

/**
 * "Every Monday at 09:00 (Asia/Seoul)" / "매주 월요일 09:00 (Asia/Seoul)", or "Off", for the settings
 * overview and the change announcement. `defaultZone` is the zone a command without one falls back to.
 */
export function describeDigestSchedule(command: DigestCommand, locale: Locale, defaultZone: string): string {
  if (command.type === 'digestOff') return digestText(locale, 'scheduleOff');
  return digestText(locale, 'scheduleOn', {
    weekday: weekdayName(command.weekday, locale),
    time: command.time,
    zone: command.timeZone ?? defaultZone,
  });
}
