import type { Locale } from '../locale.js';
import { formatCount } from './formatStatsDate.js';
import { statsText as t } from './statsMessages.js';
import type { CodeCount } from './summarizeWeek.js';

/** Bar length of the most frequent code. Short enough that a line fits a phone's code block. */
export const BAR_WIDTH = 16;
/**
 * The bar character: ASCII on purpose. Block elements (█ ▇) and many symbols (■ ±) are "ambiguous
 * width" in Unicode and take two cells in some CJK monospace fonts, which would break the columns on
 * Korean clients of Slack and Discord; `#` is one cell everywhere.
 */
export const BAR_CHAR = '#';

/**
 * A fixed-width bar chart, one line per code: `503 ################ 1,204  +310`. Every column but the
 * last is ASCII and padded, so the lines align in any monospace font; the last column (the change on
 * the week before) may hold a localized word ("new" / "신규"), which cannot misalign anything after it.
 */
export function barChartLines(codes: readonly CodeCount[], locale: Locale): string[] {
  const max = Math.max(1, ...codes.map((code) => code.count));
  const counts = codes.map((code) => formatCount(code.count));
  const countWidth = Math.max(0, ...counts.map((count) => count.length));
  return codes.map((code, i) => {
    const length = code.count > 0 ? Math.max(1, Math.round((code.count / max) * BAR_WIDTH)) : 0;
    const bar = BAR_CHAR.repeat(length).padEnd(BAR_WIDTH, ' ');
    return `${code.code} ${bar} ${counts[i]!.padStart(countWidth, ' ')}  ${changeText(code, locale)}`;
  });
}

/** "+12", "-3", "same", or "new" when the code was not seen the week before. */
export function changeText(code: CodeCount, locale: Locale): string {
  if (code.previous === 0) return t(locale, 'changeNew');
  const diff = code.count - code.previous;
  if (diff === 0) return t(locale, 'changeZero');
  return diff > 0 ? `+${formatCount(diff)}` : `-${formatCount(-diff)}`;
}
