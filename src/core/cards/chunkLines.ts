/**
 * Splits lines into groups of at most `maxChars` characters each (joined with newlines), so a long
 * list fits the smallest field limit of any platform (Discord: 1024 per field value).
 */
export function chunkLines(lines: readonly string[], maxChars: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    const added = (current.length > 0 ? 1 : 0) + line.length;
    if (current.length > 0 && size + added > maxChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    size += current.length > 0 ? line.length + 1 : line.length;
    current.push(line);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
