import { assemble, canBeJungseong } from 'es-hangul';

/** The longest query the core looks at; anything beyond is cut off before any other work. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Runs of anything but Hangul compatibility jamo (ㄱ, ㅏ) and their half-width forms. NFKC maps those
 * to conjoining jamo (U+1100...), which match nothing in the dataset, so a query of initial consonants
 * ("ㄱㅇㅌㅇ") would be lost.
 */
const OUTSIDE_COMPATIBILITY_JAMO = /[^\u3130-\u318f\uffa0-\uffdc]+/g;

const COMPATIBILITY_JAMO = /[\u3131-\u318e]/;

/**
 * Folds text for matching, never for display: NFKC (full-width digits and letters become ASCII) except
 * on Hangul compatibility jamo, then lowercase. Jamo typed one by one with vowels among them are
 * assembled into syllables ("ㄱㅏ" -> "가", as NFKC would have composed them); consonants alone stay
 * as typed, for a search by initial consonants.
 */
export function foldText(text: string): string {
  const folded = text.replace(OUTSIDE_COMPATIBILITY_JAMO, (run) => run.normalize('NFKC')).toLowerCase();
  if (!COMPATIBILITY_JAMO.test(folded) || !Array.from(folded).some((char) => canBeJungseong(char)))
    return folded;
  try {
    return assemble([folded]);
  } catch {
    // es-hangul 2.4 throws on some jamo runs (a compound vowel with no consonant before it, then a
    // consonant: "ㅗㅏㄱ"); such text matches nothing either way.
    return folded;
  }
}

/**
 * Folds text for matching (see `foldText`), then every run of punctuation, symbols or spaces becomes one
 * space, trimmed. `"Gateway-Timeout!"` -> `"gateway timeout"`.
 */
export function normalizeText(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `normalizeText` without spaces, so "찾을수없음" finds "찾을 수 없음". */
export function compactText(normalized: string): string {
  return normalized.replace(/ /g, '');
}
