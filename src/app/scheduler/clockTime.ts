/** `8:30`, `08:30`, and `08：30` as typed with a full-width colon by a Korean IME. */
const CLOCK = /^(\d{1,2})[:：](\d{2})$/;

/** Normalises a 24-hour time of day to `HH:MM`; undefined when it is not one (`25:00`, `8:61`, `0830`). */
export function parseClockTime(text: string): string | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** Minutes since midnight of an `HH:MM` time (`08:30` -> 510). */
export function clockTimeToMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}
