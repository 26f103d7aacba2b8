import { normalizeWord } from './normalizeWord.js';

/** `8:30`, `08:30`; full-width digits and colon (`０８：３０`) are normalized first. */
const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** Normalizes a 24-hour time of day to `HH:MM`; undefined when it is not one (`25:00`, `8:61`, `0830`). */
export function parseClockTime(text: string): string | undefined {
  const match = CLOCK.exec(normalizeWord(text));
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}
