/** The longest query the core looks at; anything beyond is cut off before any other work. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Folds text for matching: NFKC (full-width digits and letters become ASCII), lowercase, every run of
 * punctuation, symbols or spaces becomes one space, trimmed. `"Gateway-Timeout!"` -> `"gateway timeout"`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `normalizeText` without spaces, so "찾을수없음" finds "찾을 수 없음". */
export function compactText(normalized: string): string {
  return normalized.replace(/ /g, '');
}
