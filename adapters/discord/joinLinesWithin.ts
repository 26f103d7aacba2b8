import { textLength, truncateText } from '../../src/core/cards/truncateText.js';

const ELLIPSIS = '…';

/**
 * Joins lines with newlines, keeping as many whole lines as fit in `max` code points (Discord's unit)
 * and marking the rest as omitted with an ellipsis line. A single line that alone exceeds `max` is
 * truncated.
 */
export function joinLinesWithin(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const cost = (kept.length > 0 ? 1 : 0) + textLength(line);
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
