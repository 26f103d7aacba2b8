import { clockTimeToMinutes } from './clockTime.js';
import { localClock } from './localClock.js';

/** A daily schedule and the instant it took effect (`undefined`: before that was recorded, so always). */
export interface DailySchedule {
  /** `HH:MM` in `timeZone`. */
  time: string;
  timeZone: string;
  /** ISO 8601 instant, or a Date. */
  since?: string | Date;
}

/**
 * Whether the schedule skips its post on the local date `date` (`YYYY-MM-DD` in its zone) because it took
 * effect that same local day at or after its time: a channel that subscribes at 15:00 for 09:00 waits for
 * tomorrow, while one that subscribed before 09:00 (or on an earlier day) still catches up after downtime.
 *
 * Compared on the wall clock of the schedule's zone, like "due" itself, so DST needs no special case: a
 * 02:30 schedule on a spring-forward day is due from 03:00, and a schedule set at 03:10 that day waits.
 * A `since` on a later local date than `date` only happens when the clock that stamped it runs ahead of
 * the scheduler's; it does not skip, since trusting it would silence the channel for as long as the skew.
 */
export function skipsDailyPostOn(schedule: DailySchedule, date: string): boolean {
  if (schedule.since === undefined) return false;
  const since = localClock(new Date(schedule.since), schedule.timeZone);
  return since.date === date && since.minutes >= clockTimeToMinutes(schedule.time);
}

/** The local day of the first post of a schedule that takes effect at `since`, by the same rule. */
export function firstDailyPostDay(since: Date, time: string, timeZone: string): 'today' | 'tomorrow' {
  const today = localClock(since, timeZone).date;
  return skipsDailyPostOn({ time, timeZone, since }, today) ? 'tomorrow' : 'today';
}
