import { describe, expect, it } from 'vitest';
import { firstDailyPostDay, skipsDailyPostOn } from '../../../src/app/scheduler/dailyScheduleStart.js';

const seoul = { time: '09:00', timeZone: 'Asia/Seoul' };

describe('skipsDailyPostOn', () => {
  it('given no since (a subscription older than the record) then no day is skipped', () => {
    expect(skipsDailyPostOn(seoul, '2025-04-02')).toBe(false);
  });

  it('given a since earlier that local day, or on an earlier day, then the day is not skipped', () => {
    expect(skipsDailyPostOn({ ...seoul, since: '2025-04-01T23:59:59Z' }, '2025-04-02')).toBe(false); // 08:59:59
    expect(skipsDailyPostOn({ ...seoul, since: '2025-04-01T06:00:00Z' }, '2025-04-02')).toBe(false); // yesterday 15:00
  });

  it('given a since at or after the time that local day then the day is skipped, and only that day', () => {
    expect(skipsDailyPostOn({ ...seoul, since: '2025-04-02T00:00:00Z' }, '2025-04-02')).toBe(true); // 09:00
    expect(skipsDailyPostOn({ ...seoul, since: '2025-04-02T06:00:00Z' }, '2025-04-02')).toBe(true); // 15:00
    expect(skipsDailyPostOn({ ...seoul, since: '2025-04-02T06:00:00Z' }, '2025-04-03')).toBe(false);
  });

  it('given the same instant then the local date of the zone decides (UTC 15:00 is already the next day in Seoul)', () => {
    const since = '2025-04-01T15:30:00Z'; // 00:30 on 2 April in Seoul, 15:30 on 1 April in UTC
    expect(skipsDailyPostOn({ time: '09:00', timeZone: 'UTC', since }, '2025-04-01')).toBe(true);
    expect(skipsDailyPostOn({ time: '09:00', timeZone: 'Asia/Seoul', since }, '2025-04-02')).toBe(false);
  });

  it('given a since on a later local date (the stamping clock runs ahead) then it does not skip', () => {
    expect(skipsDailyPostOn({ ...seoul, since: '2025-04-03T06:00:00Z' }, '2025-04-02')).toBe(false);
  });
});

describe('firstDailyPostDay', () => {
  it('given now before or after the local time then the first post is today or tomorrow', () => {
    expect(firstDailyPostDay(new Date('2025-04-01T23:30:00Z'), '09:00', 'Asia/Seoul')).toBe('today');
    expect(firstDailyPostDay(new Date('2025-04-02T06:00:00Z'), '09:00', 'Asia/Seoul')).toBe('tomorrow');
    expect(firstDailyPostDay(new Date('2025-04-02T06:00:00Z'), '18:00', 'Asia/Seoul')).toBe('today');
  });

  it('given the spring-forward day in New York then 02:30 counts as passed from 03:00 EDT', () => {
    expect(firstDailyPostDay(new Date('2025-03-09T06:59:00Z'), '02:30', 'America/New_York')).toBe('today');
    expect(firstDailyPostDay(new Date('2025-03-09T07:00:00Z'), '02:30', 'America/New_York')).toBe('tomorrow');
  });
});
