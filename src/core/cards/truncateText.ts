/**
 * Card text is measured in Unicode code points: what Discord counts (its API counts the length of a
 * Python string), and what a person counts as characters for the label limits the core keeps itself.
 * A cut never splits a surrogate pair, so an emoji is kept whole or dropped whole.
 */

/** The length of `text` in code points. */
export function textLength(text: string): number {
  // Code points never outnumber UTF-16 units, so short text needs no count.
  if (text.length < 2) return text.length;
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Cuts `text` to at most `max` code points, ending with "…" when cut (with no space before it). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return chars[0]!;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
