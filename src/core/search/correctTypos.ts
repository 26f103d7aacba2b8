import type { SearchKey } from './searchKeys.js';

/** Every word of every search key, for typo correction. */
export interface Vocabulary {
  /** Words (as code points) by length, so a token is only compared with words of a similar length. */
  byLength: ReadonlyMap<number, ReadonlyArray<{ word: string; chars: Int32Array }>>;
  /** All words, for the "is it already a known word" check. */
  words: readonly string[];
  /** How many keys use each word: the tie-breaker between equally close corrections. */
  frequency: ReadonlyMap<string, number>;
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
/** Correcting more words than this is guessing, and the cost grows with each one. */
const MAX_TOKENS = 6;

/** Collects the words of all keys. */
export function buildVocabulary(keys: readonly SearchKey[]): Vocabulary {
  const frequency = new Map<string, number>();
  for (const key of keys) {
    for (const word of new Set(key.text.split(' '))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const byLength = new Map<number, Array<{ word: string; chars: Int32Array }>>();
  for (const word of frequency.keys()) {
    const chars = codePoints(word);
    const list = byLength.get(chars.length);
    if (list) list.push({ word, chars });
    else byLength.set(chars.length, [{ word, chars }]);
  }
  return { byLength, words: [...frequency.keys()], frequency };
}

/**
 * Replaces each query word that no vocabulary word starts with by the closest vocabulary word within
 * a small edit distance ("gatway timout" -> "gateway timeout", "찾을 수 업음" -> "찾을 수 없음").
 * Returns undefined when nothing was corrected. Cheap: only words of similar length are compared, with
 * a bounded distance.
 */
export function correctTypos(text: string, vocabulary: Vocabulary): string | undefined {
  const tokens = text.split(' ');
  if (tokens.length > MAX_TOKENS) return undefined;
  let changed = false;
  const corrected = tokens.map((token) => {
    const best = closestWord(token, vocabulary);
    if (best && best !== token) changed = true;
    return best ?? token;
  });
  return changed ? corrected.join(' ') : undefined;
}

/** The token itself when some word starts with it (or contains it, for Korean); else the closest word. */
function closestWord(token: string, vocabulary: Vocabulary): string | undefined {
  const chars = codePoints(token);
  const korean = HANGUL.test(token);
  const minLength = korean ? 2 : 3;
  if (chars.length < minLength) return undefined;
  if (vocabulary.words.some((word) => (korean ? word.includes(token) : word.startsWith(token)))) return token;
  const maxDistance = korean || chars.length < 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  let bestFrequency = 0;
  for (let length = chars.length - maxDistance; length <= chars.length + maxDistance; length++) {
    for (const { word, chars: wordChars } of vocabulary.byLength.get(length) ?? []) {
      // Latin typos rarely touch the first letter; requiring it (or a shift by one) skips most words
      // cheaply. A Hangul syllable is a bigger unit, so Korean words are all compared.
      if (!korean && wordChars[0] !== chars[0] && wordChars[0] !== chars[1] && wordChars[1] !== chars[0]) {
        continue;
      }
      const distance = editDistance(chars, wordChars, maxDistance);
      const frequency = vocabulary.frequency.get(word) ?? 0;
      if (distance > maxDistance) continue;
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = word;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
  }
  return best;
}

/** A string as code points, so a Hangul syllable counts as one character. */
export function codePoints(text: string): Int32Array {
  return Int32Array.from(Array.from(text), (char) => char.codePointAt(0) ?? 0);
}

/** Reused rows for `editDistance`: words are short, and allocating per comparison dominated the cost. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), giving up
 * with `max + 1` as soon as every alignment is already further than `max`.
 */
export function editDistance(a: Int32Array, b: Int32Array, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0].length) {
    const size = b.length + 1;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
