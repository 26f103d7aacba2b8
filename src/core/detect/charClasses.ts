/** Character tests on UTF-16 code units, so the detector never needs a regex on user text. */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

/** Hangul syllables and jamo. */
export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

export function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Whitespace, including the no-break and zero-width spaces chat clients insert. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    isNewline(c) ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/**
 * Emphasis and code markers of Slack mrkdwn and Discord markdown (`*`, `~`, backtick, `|` of spoilers):
 * they only decorate, so the detector reads them like spaces.
 */
export function isSoftMarkup(c: number): boolean {
  return c === 42 || c === 126 || c === 96 || c === 124;
}
