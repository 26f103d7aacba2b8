import { assemble, canBeJungseong } from 'es-hangul';

/** The longest query the core looks at; anything beyond is cut off before any other work. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Runs of anything but Hangul compatibility jamo (ㄱ, ㅏ) and their half-width forms. NFKC maps those
 * to conjoining jamo (U+1100...), which match nothing in the dataset, so a query of initial consonants
 * ("ㄱㅇㅌㅇ") would be lost.
 */
const OUTSIDE_COMPATIBILITY_JAMO = /[^\u3130-\u318f\uffa0-\uffdc]+/g;

const COMPATIBILITY_JAMO_RUNS = /[\u3131-\u318e]+/g;

/**
 * Folds text for matching, never for display: NFKC (full-width digits and letters become ASCII) except
 * on Hangul compatibility jamo, then lowercase. A run of jamo typed one by one with vowels among them
 * is assembled into syllables ("ㄱㅏ" -> "가", as NFKC would have composed it); consonants alone stay
 * as typed, for a search by initial consonants.
 */
export function foldText(text: string): string {
  return text
    .replace(OUTSIDE_COMPATIBILITY_JAMO, (run) => run.normalize('NFKC'))
    .toLowerCase()
    .replace(COMPATIBILITY_JAMO_RUNS, assembleJamo);
}

/** es-hangul's assemble costs more than linear time, so it only ever sees one run of jamo. */
function assembleJamo(run: string): string {
  if (!Array.from(run).some((char) => canBeJungseong(char))) return run;
  try {
    return assemble([run]);
  } catch {
    // es-hangul 2.4 throws on some jamo runs (a compound vowel with no consonant before it, then a
    // consonant: "ㅗㅏㄱ"); such text matches nothing either way.
    return run;
  }
}

/**
 * Folds text for matching (see `foldText`), then every run of punctuation, symbols or spaces becomes one
 * space, trimmed. `"Gateway-Timeout!"` -> `"gateway timeout"`.
 */
export function normalizeText(text: string): string {
  return normalizeFolded(foldText(text));
}

/** `normalizeText` of text `foldText` already folded: folding again would assemble its jamo twice. */
export function normalizeFolded(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** `normalizeText` without spaces, so "찾을수없음" finds "찾을 수 없음". */
export function compactText(normalized: string): string {
  return normalized.replace(/ /g, '');
}
