import type { StatusEntry } from '../dataset/schema.js';
import { initialsOf } from '../query/hangulTyping.js';
import { buildVocabulary, type Vocabulary } from './correctTypos.js';
import { buildFuzzyIndex, type FuzzyDoc, type FuzzyIndex } from './fuzzyIndex.js';
import { KEY_WEIGHT, type SearchKey, searchKeysOf } from './searchKeys.js';

/** A Korean key and its initial consonants (초성): "잘못된 게이트웨이" -> "ㅈㅁㄷㄱㅇㅌㅇㅇ". */
export interface InitialsKey {
  key: SearchKey;
  /** Space-less. */
  initials: string;
  /** Word by word: ["ㅈㅁㄷ", "ㄱㅇㅌㅇㅇ"]. */
  words: readonly string[];
}

/** Everything the search needs, built once per dataset. */
export interface SearchIndex {
  byCode: ReadonlyMap<number, StatusEntry>;
  /** The entries sorted by code. */
  ordered: readonly StatusEntry[];
  /** Exact lookups: normalised key and its space-less form -> the keys that carry it. */
  exact: ReadonlyMap<string, readonly SearchKey[]>;
  /** All keys, for prefix matching. */
  keys: readonly SearchKey[];
  /** Each code's distinct words over all its keys, for matching a query word by word. */
  words: ReadonlyMap<number, readonly string[]>;
  /** Words of all keys, for correcting typos before falling back to fuse.js. */
  vocabulary: Vocabulary;
  /** Keys written in Hangul only, by their initial consonants, for queries like "ㄱㅇㅌㅇ". */
  initials: readonly InitialsKey[];
  fuzzy: FuzzyIndex;
}

/** Builds the search structures over the dataset. */
export function buildSearchIndex(entries: readonly StatusEntry[]): SearchIndex {
  const ordered = [...entries].sort((a, b) => a.code - b.code);
  const byCode = new Map(ordered.map((entry) => [entry.code, entry] as const));
  const keys = entries.flatMap(searchKeysOf);
  const exact = new Map<string, SearchKey[]>();
  for (const key of keys) {
    for (const form of new Set([key.text, key.compact])) {
      const list = exact.get(form);
      if (list) list.push(key);
      else exact.set(form, [key]);
    }
  }
  const words = new Map<number, string[]>();
  for (const entry of entries) {
    const own = keys.filter((key) => key.code === entry.code).flatMap((key) => key.text.split(' '));
    words.set(entry.code, [...new Set(own)]);
  }
  const initials = keys.flatMap((key): InitialsKey[] => {
    const of = initialsOf(key.text);
    return of ? [{ key, initials: of.replace(/ /g, ''), words: of.split(' ') }] : [];
  });
  // Reason phrases only: with every alias (about 1000 strings) a fuzzy query costs milliseconds.
  const docs: FuzzyDoc[] = entries.map((entry) => ({
    code: entry.code,
    names: keys
      .filter((key) => key.code === entry.code && key.weight >= KEY_WEIGHT.name)
      .map((key) => key.text),
  }));
  return {
    byCode,
    ordered,
    exact,
    keys,
    words,
    vocabulary: buildVocabulary(keys),
    initials,
    fuzzy: buildFuzzyIndex(docs),
  };
}
