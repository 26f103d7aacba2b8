/** A set of words written as one whitespace-separated string (keeps long vocabularies compact). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(wordList(words));
}

/** The words of a whitespace-separated string, in order. */
export function wordList(words: string): string[] {
  return words.split(/\s+/).filter((word) => word !== '');
}
