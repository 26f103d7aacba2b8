const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` UTF-16 code units, ending with an ellipsis when cut. The cut never
 * splits a surrogate pair, so an emoji or a rare Hangul-compatibility character is never left half-encoded.
 * Renderers only reach for this as a last resort, after dropping whole lines.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max < ELLIPSIS.length + 1) return cutAt(text, max);
  return `${cutAt(text, max - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
}

function cutAt(text: string, end: number): string {
  const last = text.charCodeAt(end - 1);
  // A high surrogate as the last unit would be half of a pair: cut before it.
  const safeEnd = last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
  return text.slice(0, safeEnd);
}

/**
 * Joins lines with newlines, keeping as many whole lines as fit in `max` and marking the rest as
 * omitted with an ellipsis line. A single line that alone exceeds `max` is truncated.
 */
export function joinLinesWithin(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const cost = (kept.length > 0 ? 1 : 0) + line.length;
    const isLast = index === lines.length - 1;
    // Leave room for the "…" marker line unless this is the last line.
    const reserve = isLast ? 0 : 1 + ELLIPSIS.length;
    if (used + cost + reserve <= max) {
      kept.push(line);
      used += cost;
      continue;
    }
    if (kept.length === 0) {
      if (isLast || max <= reserve + 1) return truncateText(line, max);
      return `${truncateText(line, max - reserve)}\n${ELLIPSIS}`;
    }
    kept.push(ELLIPSIS);
    return kept.join('\n');
  }
  return kept.join('\n');
}
