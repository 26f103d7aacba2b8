import { canBeChoseong, convertQwertyToHangul, getChoseong } from 'es-hangul';

/** Complete Hangul syllables (가-힣) in words separated by single spaces; no lone jamo. */
const SYLLABLE_WORDS = /^[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)*$/;
/** Latin letters in words separated by whitespace: all a query typed with the Korean IME off can be. */
const LATIN_WORDS = /^[a-z]+(?:\s+[a-z]+)*$/i;
/**
 * The longest Korean name or alias takes 45 keystrokes ("웹 서버가 알 수 없는 오류를 반환함"); a longer
 * Latin query is not one mistyped, and es-hangul's conversion costs about 3 µs a key.
 */
const LAYOUT_QUERY_LIMIT = 48;
/** One syllable says too little to be a name (and "so" or "dog" would become one). */
const MIN_SYLLABLES = 2;

/**
 * The initial consonants (초성) of a text made only of Hangul syllables and single spaces, word by
 * word ("게이트웨이 타임아웃" -> "ㄱㅇㅌㅇㅇ ㅌㅇㅇㅇ"); undefined for any other text, whose initials
 * would leave out its Latin letters or digits.
 */
export function initialsOf(text: string): string | undefined {
  return SYLLABLE_WORDS.test(text) ? getChoseong(text) : undefined;
}

/**
 * A query of initial consonants only ("ㄱㅇㅌㅇ", "ㅌㅇㅇㅇ"), spaces allowed: at least two of them,
 * as one matches nearly every Korean name. Expects text as `normalizeText` leaves it.
 */
export function isInitialsQuery(text: string): boolean {
  const compact = text.replace(/ /g, '');
  return compact.length >= MIN_SYLLABLES && Array.from(compact).every((char) => canBeChoseong(char));
}

/**
 * The Hangul a query would have been had the Korean input method been on ("rpdlxmdnpdl" ->
 * "게이트웨이"): only for Latin letters (as typed: Shift gives ㄲ, ㅆ, ㅒ...) whose keys spell complete
 * syllables, at least two. With Caps Lock on, the lowercase reading is tried too. Undefined otherwise,
 * so English text that cannot be Korean keystrokes ("hello" gives "ㅗ디ㅣㅐ") is never read as Korean.
 */
export function readAsKoreanLayout(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (trimmed.length > LAYOUT_QUERY_LIMIT || !LATIN_WORDS.test(trimmed)) return undefined;
  const words = trimmed.split(/\s+/).join(' ');
  for (const keys of new Set([words, words.toLowerCase()])) {
    const hangul = hangulOfKeys(keys);
    if (hangul && SYLLABLE_WORDS.test(hangul) && hangul.replace(/ /g, '').length >= MIN_SYLLABLES)
      return hangul;
  }
  return undefined;
}

function hangulOfKeys(keys: string): string | undefined {
  try {
    return convertQwertyToHangul(keys);
  } catch {
    // es-hangul 2.4 throws on some key runs (a compound vowel with no consonant before it, then a
    // consonant: "hkr"); those are no Korean word anyone typed.
    return undefined;
  }
}
