/**
 * A typed word as the parsers compare it: NFKC (full-width `ｍｏｎ` and `０９：００` from a Korean IME
 * become `mon` and `09:00`), trimmed, lower-case.
 */
export function normalizeWord(word: string): string {
  return word.normalize('NFKC').trim().toLowerCase();
}
