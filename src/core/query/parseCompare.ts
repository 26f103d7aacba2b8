/**
 * Words that may sit between or around the codes of a comparison: `502 vs 504`, `401 403`,
 * `301 308 차이`, `502와 504`, `compare 500 503`, `413/414/431`. Korean particles attached to a number
 * (`502와`, `301이랑`) are split off by the tokenizer.
 */
const CONNECTORS = new Set([
  'vs',
  'vs.',
  'v',
  'v.',
  'versus',
  'or',
  'and',
  'compare',
  'comparison',
  'between',
  'difference',
  'diff',
  ',',
  '/',
  '&',
  '|',
  '대',
  '와',
  '과',
  '랑',
  '이랑',
  '하고',
  '및',
  '또는',
  '의',
  '비교',
  '차이',
  '차이점',
  '차이가',
  '뭐야',
  '뭐예요',
  '?',
]);

/** Connectors that say "compare" on their own, so even numbers that cannot be codes are compared. */
const EXPLICIT = new Set([
  'vs',
  'vs.',
  'v',
  'v.',
  'versus',
  'compare',
  'comparison',
  'difference',
  'diff',
  '대',
  '비교',
  '차이',
  '차이점',
]);

/** Longest number echoed back from a comparison. */
const VALUE_LIMIT = 20;

/**
 * The numbers of a comparison query, in order and without repeats, or undefined when the text is not
 * one. Two or more numbers with nothing but connectors between them compare; without an explicit word
 * (`vs`, `차이`) every number must have three digits, so `1 2` stays a search.
 */
export function parseCompare(text: string): string[] | undefined {
  const tokens = text.match(/\d+|[,/&|?]|[^\s\d,/&|?]+/g);
  if (!tokens) return undefined;
  const values: string[] = [];
  let explicit = false;
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      const value = token.slice(0, VALUE_LIMIT);
      if (!values.includes(value)) values.push(value);
    } else if (CONNECTORS.has(token)) {
      explicit ||= EXPLICIT.has(token);
    } else {
      return undefined;
    }
  }
  const numbers = tokens.filter((token) => /^\d+$/.test(token)).length;
  if (numbers < 2) return undefined;
  if (!explicit && !values.every((value) => /^\d{3}$/.test(value))) return undefined;
  return values;
}
