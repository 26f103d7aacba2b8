import type { StatusEntry } from '../dataset/schema.js';
import { compactText, normalizeText } from '../query/normalizeText.js';

/** How strongly a key names its code: reason phrases (current, localized, former) beat aliases. */
export const KEY_WEIGHT = { name: 3, alias: 2, former: 3 } as const;

/** One searchable name of a code, normalised. */
export interface SearchKey {
  code: number;
  /** `normalizeText` of the source. */
  text: string;
  /** `text` without spaces. */
  compact: string;
  /** `text` split into words. */
  words: readonly string[];
  weight: number;
}

/** Every short name a code is known by: registry phrase, both localized names, aliases, former names. */
export function searchKeysOf(entry: StatusEntry): SearchKey[] {
  const sources: Array<[string, number]> = [
    [entry.name, KEY_WEIGHT.name],
    [entry.en.name, KEY_WEIGHT.name],
    [entry.ko.name, KEY_WEIGHT.name],
    ...entry.aliases.en.map((alias): [string, number] => [alias, KEY_WEIGHT.alias]),
    ...entry.aliases.ko.map((alias): [string, number] => [alias, KEY_WEIGHT.alias]),
    ...(entry.formerNames ?? []).map((former): [string, number] => [former.name, KEY_WEIGHT.former]),
  ];
  const keys = new Map<string, SearchKey>();
  for (const [source, weight] of sources) {
    const text = normalizeText(source);
    if (text === '') continue;
    const seen = keys.get(text);
    if (!seen || seen.weight < weight)
      keys.set(text, { code: entry.code, text, compact: compactText(text), words: text.split(' '), weight });
  }
  return [...keys.values()];
}
