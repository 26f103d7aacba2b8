import { describe, expect, it } from 'vitest';
import { localClock } from '../../../src/app/scheduler/localClock.js';

describe('localClock', () => {
  it('given one instant then Seoul and New York read different dates and times', () => {
    const instant = new Date('2025-01-15T00:30:00Z');
    expect(localClock(instant, 'Asia/Seoul')).toEqual({ date: '2025-01-15', minutes: 9 * 60 + 30 });
    expect(localClock(instant, 'America/New_York')).toEqual({ date: '2025-01-14', minutes: 19 * 60 + 30 });
    expect(localClock(instant, 'UTC')).toEqual({ date: '2025-01-15', minutes: 30 });
  });

  it('given New York spring-forward then 01:59 EST is followed by 03:00 EDT', () => {
    expect(localClock(new Date('2025-03-09T06:59:00Z'), 'America/New_York')).toEqual({
      date: '2025-03-09',
      minutes: 1 * 60 + 59,
    });
    expect(localClock(new Date('2025-03-09T07:00:00Z'), 'America/New_York')).toEqual({
      date: '2025-03-09',
      minutes: 3 * 60,
    });
  });

  it('given midnight then the hour reads 0, not 24', () => {
    expect(localClock(new Date('2025-05-01T15:00:00Z'), 'Asia/Seoul')).toEqual({
      date: '2025-05-02',
      minutes: 0,
    });
  });

  it('given an unknown zone then it throws', () => {
    expect(() => localClock(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
