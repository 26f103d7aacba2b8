import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/locale.js';
import { BAR_CHAR, BAR_WIDTH } from '../../../src/core/stats/barChart.js';
import { buildStatsCard, CHART_CODES } from '../../../src/core/stats/buildStatsCard.js';
import { type CodeEvent, summarizeWeek, type WeekStats } from '../../../src/core/stats/summarizeWeek.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';
import { platformLimitProblems } from '../../support/platformLimitProblems.js';

const entries = shippedEntries();
const byCode = new Map(entries.map((e) => [e.code, e] as const));
const lookup = (code: number) => byCode.get(code);
const NOW = new Date('2025-06-09T00:30:00Z');
const DAY = 86_400_000;
const events = (code: number, count: number, daysAgo: number): CodeEvent[] =>
  Array.from({ length: count }, (_, i) => ({ code, at: new Date(NOW.getTime() - daysAgo * DAY - i * 1000) }));

const busyWeek = summarizeWeek(
  [
    ...events(503, 120, 1),
    ...events(502, 60, 2),
    ...events(404, 13, 3),
    ...events(429, 8, 4),
    ...events(503, 40, 8),
    ...events(404, 20, 9),
    ...events(429, 8, 10),
    ...events(504, 12, 9),
  ],
  NOW,
  'Asia/Seoul',
);

/** Stats with made-up counts: `count` and `previous` per code, totals summed. */
function statsOf(codes: Array<[code: number, count: number, previous: number]>): WeekStats {
  const base = summarizeWeek([], NOW, 'Asia/Seoul');
  const seen = codes
    .filter(([, count]) => count > 0)
    .map(([code, count, previous]) => ({ code, count, previous }));
  return {
    ...base,
    total: seen.reduce((sum, c) => sum + c.count, 0),
    previousTotal: codes.reduce((sum, [, , previous]) => sum + previous, 0),
    codes: seen.sort((a, b) => b.count - a.count || a.code - b.code),
    quieted: codes
      .filter(([, count]) => count === 0)
      .map(([code, , previous]) => ({ code, count: 0, previous })),
    busiestDay: { date: '2025-06-08', count: seen.reduce((sum, c) => sum + c.count, 0) },
  };
}

/** The column where each chart line's count ends (the start of the change column). */
const countEnds = (lines: readonly string[]) => lines.map((line) => line.lastIndexOf('  '));

describe('the stats card', () => {
  it('given a busy week then the total, its change, the chart, the busiest day and the quiet codes', () => {
    const card = buildStatsCard(busyWeek, 'en', lookup);
    expect(card.kind).toBe('stats');
    expect(card.title).toBe('HTTP status codes in this channel · last 7 days');
    expect(card.summary).toBe(
      'Status codes were explained 201 times here (4 different). Up 121 (+151%) on the week before (80).',
    );
    const [chart, busiest, quieted] = card.fields;
    expect(chart).toEqual({
      label: 'Top codes (count · change on the week before)',
      lines: [
        '503 ################ 120  +80',
        '502 ########          60  new',
        '404 ##                13  -7',
        '429 #                  8  same',
      ],
      monospace: true,
    });
    expect(busiest).toEqual({ label: 'Busiest day', lines: ['Sun, Jun 8 · 120'], inline: true });
    expect(quieted?.lines).toEqual(['504 (12)']);
    expect(card.related.map((c) => c.code)).toEqual([503, 502, 404, 429]);
    expect(card.footer).toBe('Jun 2 – Jun 9 (Asia/Seoul) · Any time: /http stats');
  });

  it('given the same week in Korean then Korean sentences and labels, the same chart columns', () => {
    const card = buildStatsCard(busyWeek, 'ko', lookup);
    expect(card.summary).toBe(
      '이 채널에서 상태 코드를 201번 설명했습니다(4종). 지난주(80번)보다 121번 늘었습니다(+151%).',
    );
    expect(card.fields[0]?.lines).toEqual([
      '503 ################ 120  +80',
      '502 ########          60  신규',
      '404 ##                13  -7',
      '429 #                  8  같음',
    ]);
    expect(card.fields[1]?.lines).toEqual(['6월 8일 (일) · 120번']);
    expect(card.footer).toBe('6월 2일 – 6월 9일 (Asia/Seoul) · 언제든 보기: /http stats');
  });

  it.each([
    [[[500, 3, 5]], 'en', 'Down 2 (-40%) on the week before (5).'],
    [[[500, 3, 3]], 'en', 'The same as the week before.'],
    [[[500, 3, 0]], 'en', 'None the week before.'],
    [[[500, 3, 5]], 'ko', '지난주(5번)보다 2번 줄었습니다(-40%).'],
    [[[500, 3, 0]], 'ko', '지난주에는 설명한 코드가 없었습니다.'],
  ] as const)('given %j then the change reads %j', (codes, locale, sentence) => {
    expect(buildStatsCard(statsOf(codes.map((c) => [...c])), locale, lookup).summary).toContain(sentence);
  });

  it('given an empty week then a friendly card without a chart, mentioning last week when there was one', () => {
    const quiet = buildStatsCard(summarizeWeek([], NOW, 'Asia/Seoul'), 'en', lookup);
    expect(quiet.summary).toBe('No status codes came up here in the last 7 days. A quiet week!');
    expect(quiet.fields).toEqual([]);
    expect(quiet.accent).toBe('neutral');
    const afterBusy = buildStatsCard(summarizeWeek(events(500, 4, 9), NOW, 'UTC'), 'ko', lookup);
    expect(afterBusy.summary).toBe(
      '최근 7일 동안 이 채널에서 설명한 상태 코드가 없습니다. 조용한 한 주였네요! 지난주에는 4번 설명했습니다.',
    );
  });

  it('given the digest then the same card under the digest title', () => {
    const digest = buildStatsCard(busyWeek, 'ko', lookup, { digest: true });
    expect(digest.title).toBe('주간 HTTP 상태 코드 리포트');
    expect({ ...digest, title: '', fallbackText: '' }).toEqual({
      ...buildStatsCard(busyWeek, 'ko', lookup),
      title: '',
      fallbackText: '',
    });
  });

  it('given more codes than the chart shows then the rest are summed in one line', () => {
    const many = statsOf(
      Array.from({ length: 14 }, (_, i) => [500 + i, 20 - i, 0] as [number, number, number]),
    );
    const lines = buildStatsCard(many, 'en', lookup).fields[0]!.lines;
    expect(lines).toHaveLength(CHART_CODES + 1);
    expect(lines.at(-1)).toBe('4 more codes: 34');
  });
});

describe('the bar chart in a monospace block', () => {
  it('given huge counts then every column before the change lines up and is ASCII, and bars keep their proportions', () => {
    const stats = statsOf([
      [503, 1_234_567_890_123, 1],
      [502, 617_283_945_061, 0],
      [404, 9, 9],
      [500, 1, 2],
    ]);
    for (const locale of LOCALES) {
      const lines = buildStatsCard(stats, locale, lookup).fields[0]!.lines;
      expect(new Set(countEnds(lines)).size).toBe(1);
      for (const line of lines) expect(line.slice(0, countEnds(lines)[0])).toMatch(/^[\x20-\x7e]+$/);
      expect(lines[0]).toContain(BAR_CHAR.repeat(BAR_WIDTH));
      expect(lines[1]).toContain(`${BAR_CHAR.repeat(BAR_WIDTH / 2)} `);
      expect(lines[3]).toMatch(/^500 # {15} +1 {2}-1$/);
      for (const line of lines) expect(line).not.toMatch(/[`&<>]/);
    }
  });
});

describe('stats cards within the platform limits', () => {
  it('given extreme weeks (every code, huge counts, unregistered numbers) in both languages then every card fits', () => {
    const allCodes = Array.from({ length: 500 }, (_, i) => 100 + i);
    const extremes: Array<[string, WeekStats]> = [
      [
        'every code, huge counts',
        statsOf(allCodes.map((code, i) => [code, Number.MAX_SAFE_INTEGER - i, i % 3 ? 1e12 : 0])),
      ],
      ['every code quiet', statsOf(allCodes.map((code) => [code, 0, 999_999_999]))],
      ['half and half', statsOf(allCodes.map((code, i) => [code, i % 2 ? 0 : 1e9, 1e9 + i]))],
      ['busy week', busyWeek],
      ['empty week', summarizeWeek([], NOW, 'Pacific/Chatham')],
    ];
    const problems = extremes.flatMap(([name, stats]) =>
      LOCALES.flatMap((locale) =>
        [false, true].flatMap((digest) =>
          platformLimitProblems(
            buildStatsCard(stats, locale, lookup, { digest }),
            `${name} ${locale} ${digest}`,
          ),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });
});
