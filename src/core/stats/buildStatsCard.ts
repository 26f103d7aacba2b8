import type { Card, CardChoice, CardField } from '../card.js';
import { codeChoice } from '../cards/codeLabel.js';
import { newCard } from '../cards/newCard.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { barChartLines } from './barChart.js';
import { formatCount, formatStatsDate } from './formatStatsDate.js';
import { statsText as t } from './statsMessages.js';
import type { WeekStats } from './summarizeWeek.js';

/** Codes in the chart; the rest are summed up in one line. */
export const CHART_CODES = 10;
/** Codes offered as buttons to open their cards. */
const OPENABLE_CODES = 5;
/** Quieted codes listed by number. */
const QUIETED_CODES = 10;

/** Options of `buildStatsCard`. */
export interface StatsCardOptions {
  /** The weekly digest post: the same card under the digest's title. */
  digest?: boolean;
}

/**
 * A channel's stats card (`/http stats`) or weekly digest: how many codes were explained and how that
 * compares with the week before, a monospace bar chart of the top codes with their change, the busiest
 * day in the channel's zone, the codes that went quiet, and the top codes as choices to open. An empty
 * week gets a friendly one-liner instead. `lookup` names the codes (unknown numbers are charted but
 * not offered).
 */
export function buildStatsCard(
  stats: WeekStats,
  locale: Locale,
  lookup: (code: number) => StatusEntry | undefined,
  options: StatsCardOptions = {},
): Card {
  const title = t(locale, options.digest ? 'digestTitle' : 'statsTitle');
  const footer = t(locale, 'footer', {
    from: formatStatsDate(stats.days[0]?.date ?? '', locale, false),
    to: formatStatsDate(stats.days.at(-1)?.date ?? '', locale, false),
    zone: stats.timeZone,
  });
  if (stats.total === 0) {
    const summary =
      stats.previousTotal > 0
        ? `${t(locale, 'emptySummary')} ${t(locale, 'emptyPrevious', { previous: formatCount(stats.previousTotal) })}`
        : t(locale, 'emptySummary');
    return newCard({ kind: 'stats', locale, title, accent: 'neutral', summary, footer });
  }
  const related: CardChoice[] = stats.codes.slice(0, OPENABLE_CODES).flatMap((code) => {
    const entry = lookup(code.code);
    return entry ? [codeChoice(entry, locale)] : [];
  });
  return newCard({
    kind: 'stats',
    locale,
    title,
    accent: 'info',
    summary: `${t(locale, 'totalSummary', { total: formatCount(stats.total), kinds: stats.codes.length })} ${changeSentence(stats, locale)}`,
    fields: [chartField(stats, locale), ...busiestField(stats, locale), ...quietedField(stats, locale)],
    related,
    footer,
  });
}

function changeSentence(stats: WeekStats, locale: Locale): string {
  const { total, previousTotal: previous } = stats;
  if (previous === 0) return t(locale, 'changeNoneBefore');
  if (total === previous) return t(locale, 'changeSame');
  const diff = Math.abs(total - previous);
  const params = {
    diff: formatCount(diff),
    percent: formatCount(Math.round((diff * 100) / previous)),
    previous: formatCount(previous),
  };
  return t(locale, total > previous ? 'changeUp' : 'changeDown', params);
}

function chartField(stats: WeekStats, locale: Locale): CardField {
  const shown = stats.codes.slice(0, CHART_CODES);
  const rest = stats.codes.slice(CHART_CODES);
  const lines = barChartLines(shown, locale);
  if (rest.length > 0) {
    const count = rest.reduce((sum, code) => sum + code.count, 0);
    lines.push(t(locale, 'moreCodes', { kinds: rest.length, count: formatCount(count) }));
  }
  return { label: t(locale, 'chartLabel'), lines, monospace: true };
}

function busiestField(stats: WeekStats, locale: Locale): CardField[] {
  const day = stats.busiestDay;
  if (!day) return [];
  const value = t(locale, 'busiestValue', {
    day: formatStatsDate(day.date, locale, true),
    count: formatCount(day.count),
  });
  return [{ label: t(locale, 'busiestLabel'), lines: [value], inline: true }];
}

function quietedField(stats: WeekStats, locale: Locale): CardField[] {
  if (stats.quieted.length === 0) return [];
  const listed = stats.quieted
    .slice(0, QUIETED_CODES)
    .map((code) => `${code.code} (${formatCount(code.previous)})`);
  const more = stats.quieted.length - QUIETED_CODES;
  if (more > 0) listed.push(t(locale, 'moreQuieted', { kinds: more }));
  return [{ label: t(locale, 'quietedLabel'), lines: [listed.join(', ')], inline: true }];
}
