/** Terminal text helpers: display width (Korean is two columns wide), wrapping, control-char removal. */

/** East Asian wide ranges we meet: Hangul, CJK, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Removes control characters (ANSI escapes included) so echoed user text cannot move the cursor or
 * recolour the terminal. Newlines survive.
 */
export function stripControl(text: string): string {
  return text
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * Word-wraps text to `width` columns. `firstPrefix` starts the first line, `indent` every other line;
 * a word longer than a line (a URL, a pasted token) is broken by columns.
 */
export function wrapText(text: string, width: number, firstPrefix = '', indent = ''): string[] {
  const lines: string[] = [];
  let line = firstPrefix;
  let used = displayWidth(line);
  let empty = true;
  const breakLine = () => {
    lines.push(line.trimEnd());
    line = indent;
    used = displayWidth(indent);
    empty = true;
  };
  text.split('\n').forEach((paragraph, p) => {
    if (p > 0) breakLine();
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const wordWidth = displayWidth(word);
      if (!empty && used + 1 + wordWidth > width) breakLine();
      if (!empty) {
        line += ' ';
        used += 1;
      }
      if (used + wordWidth <= width) {
        line += word;
        used += wordWidth;
        empty = false;
        continue;
      }
      for (const char of word) {
        const charWidth = displayWidth(char);
        if (!empty && used + charWidth > width) breakLine();
        line += char;
        used += charWidth;
        empty = false;
      }
    }
  });
  lines.push(line.trimEnd());
  return lines;
}
