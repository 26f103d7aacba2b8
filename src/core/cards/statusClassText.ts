import type { StatusClass } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { statusText as t } from './statusMessages.js';

const CLASS_NAME_KEYS = { 1: 'class1', 2: 'class2', 3: 'class3', 4: 'class4', 5: 'class5' } as const;
const CLASS_SUMMARY_KEYS = {
  1: 'class1Summary',
  2: 'class2Summary',
  3: 'class3Summary',
  4: 'class4Summary',
  5: 'class5Summary',
} as const;

/** RFC 9110 §15.2-15.6 define the five classes. */
export function classSpecUrl(statusClass: StatusClass): string {
  return `https://www.rfc-editor.org/rfc/rfc9110#section-15.${statusClass + 1}`;
}

/** "5xx Server Error" / "5xx 서버 오류". */
export function classTitle(statusClass: number, locale: Locale): string {
  const key = CLASS_NAME_KEYS[statusClass as StatusClass] ?? 'class5';
  return `${statusClass}xx ${t(locale, key)}`;
}

/** One sentence on what the class means. */
export function classSummary(statusClass: StatusClass, locale: Locale): string {
  return t(locale, CLASS_SUMMARY_KEYS[statusClass]);
}
