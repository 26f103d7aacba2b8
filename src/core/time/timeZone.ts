/**
 * The canonical IANA name of a zone as the runtime's ICU knows it (`asia/seoul` -> `Asia/Seoul`,
 * `US/Eastern` -> `America/New_York`), or undefined for an unknown zone (`Mars/Olympus`). Pure: Intl
 * reads the tz database compiled into the runtime, no I/O.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  if (trimmed === '') return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
