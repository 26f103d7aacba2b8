/** The two languages every user-facing string exists in. */
export type Locale = 'ko' | 'en';

export const LOCALES: readonly Locale[] = ['ko', 'en'];

/** Narrows an arbitrary string (a Discord locale like `ko` or `en-US`, a setting) to a supported locale. */
export function toLocale(value: string | undefined | null): Locale | undefined {
  if (!value) return undefined;
  const lower = value.trim().toLowerCase();
  if (lower === 'ko' || lower.startsWith('ko-') || lower.startsWith('ko_')) return 'ko';
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  return undefined;
}
