import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CodeEvent, summarizeWeek } from '../../../src/core/stats/summarizeWeek.js';
import { addDays } from '../../../src/core/time/calendarDate.js';

const NOW = new Date('2025-06-09T00:30:00Z'); // Monday 09:30 in Seoul
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (msBeforeNow: number) => new Date(NOW.getTime() - msBeforeNow);
const events = (code: number, count: number, msBeforeNow: number): CodeEvent[] =>
  Array.from({ length: count }, () => ({ code, at: at(msBeforeNow) }));

describe('summarizing a channel’s week', () => {
  it('given events at the edges then this week is [now - 7 days, now) and the week before the 7 days before it', () => {
    const stats = summarizeWeek(
      [
        { code: 500, at: at(0) },
        { code: 501, at: at(1) },
        { code: 502, at: at(7 * DAY) },
        { code: 503, at: at(7 * DAY + 1) },
        { code: 504, at: at(14 * DAY) },
        { code: 505, at: at(14 * DAY + 1) },
        { code: 506, at: at(-HOUR) },
      ],
      NOW,
      'UTC',
    );
    expect(stats.codes.map((c) => c.code)).toEqual([501, 502]);
    expect(stats.quieted.map((c) => c.code)).toEqual([503, 504]);
    expect([stats.total, stats.previousTotal]).toEqual([2, 2]);
    expect(stats.from).toEqual(at(7 * DAY));
    expect(stats.to).toEqual(NOW);
  });

  it('given codes then the most frequent come first, with last week’s counts beside them', () => {
    const stats = summarizeWeek(
      [...events(502, 3, DAY), ...events(404, 5, DAY), ...events(500, 3, DAY), ...events(502, 7, 8 * DAY)],
      NOW,
      'UTC',
    );
    expect(stats.codes).toEqual([
      { code: 404, count: 5, previous: 0 },
      { code: 500, count: 3, previous: 0 },
      { code: 502, count: 3, previous: 7 },
    ]);
  });

  it('given events late in the UTC evening then they count on the next day in Seoul', () => {
    const evening = [{ code: 503, at: new Date('2025-06-05T20:00:00Z') }];
    expect(summarizeWeek(evening, NOW, 'Asia/Seoul').busiestDay).toEqual({ date: '2025-06-06', count: 1 });
    expect(summarizeWeek(evening, NOW, 'UTC').busiestDay).toEqual({ date: '2025-06-05', count: 1 });
  });

  it('given two days with the same count then the later one is the busiest', () => {
    const stats = summarizeWeek([...events(500, 2, 3 * DAY), ...events(500, 2, 2 * DAY)], NOW, 'UTC');
    expect(stats.busiestDay).toEqual({ date: '2025-06-07', count: 2 });
  });

  it('given the window then its days run from the first local date to the last, quiet days included', () => {
    const stats = summarizeWeek([], NOW, 'Asia/Seoul');
    // 09:30 on Monday 2025-06-09 in Seoul: the window starts at 09:30 on Monday 2025-06-02.
    expect(stats.days.map((d) => d.date)).toEqual(
      Array.from({ length: 8 }, (_, i) => addDays('2025-06-02', i)),
    );
    expect(stats.busiestDay).toBeUndefined();
  });

  it('given an unknown zone then days are counted in UTC, and the stats say so', () => {
    expect(summarizeWeek([], NOW, 'Mars/Olympus').timeZone).toBe('UTC');
    expect(summarizeWeek([], NOW, 'asia/seoul').timeZone).toBe('Asia/Seoul');
  });

  it('given events that are not status codes or have no valid time then they are left out', () => {
    const junk = [
      { code: 99, at: at(HOUR) },
      { code: 600, at: at(HOUR) },
      { code: 503.5, at: at(HOUR) },
      { code: Number.NaN, at: at(HOUR) },
      { code: 503, at: new Date(Number.NaN) },
      { code: 503, at: 'yesterday' as unknown as Date },
    ];
    expect(summarizeWeek(junk, NOW, 'UTC').total).toBe(0);
  });

  it('given any events then the counts add up: codes and days sum to this week, both weeks to the events in range', () => {
    const event = fc.record({
      code: fc.integer({ min: 90, max: 610 }),
      at: fc.integer({ min: -2 * DAY, max: 16 * DAY }).map(at),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 300 }),
        fc.constantFrom('UTC', 'Asia/Seoul', 'America/New_York'),
        (list, zone) => {
          const stats = summarizeWeek(list, NOW, zone);
          const valid = list.filter((e) => e.code >= 100 && e.code <= 599);
          const inWeek = valid.filter((e) => e.at < NOW && e.at >= at(7 * DAY));
          const inPrevious = valid.filter((e) => e.at < at(7 * DAY) && e.at >= at(14 * DAY));
          expect(stats.total).toBe(inWeek.length);
          expect(stats.previousTotal).toBe(inPrevious.length);
          expect(stats.codes.reduce((sum, c) => sum + c.count, 0)).toBe(stats.total);
          expect(stats.days.reduce((sum, d) => sum + d.count, 0)).toBe(stats.total);
          expect([...stats.codes, ...stats.quieted].reduce((sum, c) => sum + c.previous, 0)).toBe(
            stats.previousTotal,
          );
          for (let i = 1; i < stats.codes.length; i++)
            expect(stats.codes[i - 1]!.count).toBeGreaterThanOrEqual(stats.codes[i]!.count);
          if (stats.busiestDay)
            expect(Math.max(...stats.days.map((d) => d.count))).toBe(stats.busiestDay.count);
        },
      ),
    );
  });
});
