/**
 * Character tests on UTF-16 code units, so the detector never needs a regex on user text. ASCII goes
 * through one table built at load time: these tests run for nearly every character around every number.
 */

const DIGIT = 1;
const LETTER = 2;
const SPACE = 4;
const NEWLINE = 8;
const SOFT_MARKUP = 16;

const ASCII: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = DIGIT;
  for (let c = 65; c <= 90; c++) table[c] = LETTER;
  for (let c = 97; c <= 122; c++) table[c] = LETTER;
  for (const c of [32, 9, 11, 12]) table[c] = SPACE;
  for (const c of [10, 13]) table[c] = SPACE | NEWLINE;
  // Emphasis and code markers of Slack mrkdwn and Discord markdown: `*`, `~`, backtick, `|` of spoilers.
  for (const c of [42, 126, 96, 124]) table[c] = SOFT_MARKUP;
  return table;
})();

/** The table's flags for `c` (0 for non-ASCII and for NaN, which charCodeAt returns past the end). */
function asciiFlags(c: number): number {
  return c < 128 ? (ASCII[c] as number) : 0;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (asciiFlags(c) & LETTER) !== 0;
}

export function isAsciiAlnum(c: number): boolean {
  return (asciiFlags(c) & (DIGIT | LETTER)) !== 0;
}

/** Hangul syllables and jamo. */
export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

export function isNewline(c: number): boolean {
  return c < 128 ? (asciiFlags(c) & NEWLINE) !== 0 : c === 0x2028 || c === 0x2029;
}

/** Whitespace, including the no-break and zero-width spaces chat clients insert. */
export function isSpace(c: number): boolean {
  if (c < 128) return (asciiFlags(c) & SPACE) !== 0;
  return (
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/**
 * Emphasis and code markers of Slack mrkdwn and Discord markdown (`*`, `~`, backtick, `|` of spoilers):
 * they only decorate, so the detector reads them like spaces.
 */
export function isSoftMarkup(c: number): boolean {
  return (asciiFlags(c) & SOFT_MARKUP) !== 0;
}

/** A space or soft markup: what the token reader skips between tokens (besides `_`). */
export function isSpaceOrMarkup(c: number): boolean {
  if (c < 128) return (asciiFlags(c) & (SPACE | SOFT_MARKUP)) !== 0;
  return isSpace(c);
}
