/**
 * Slack's angle-bracket markup (`<https://x|label>`, `<@U123>`) and HTML entities (`&lt;`, `&gt;`, `&amp;`),
 * and Discord's `<@123>`, `<#123>`, `<:emoji:123>`, `<t:1700000000:R>`, turned into plain text. Links keep
 * their label (or the bare URL); mentions, channels, emoji and timestamps become a space, so their ids are
 * never read as numbers. One pass, linear in the input.
 */
export function flattenChatMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const out: string[] = [];
  let copiedUpTo = 0;
  // Cached positions of the next '<' and '>' after the cursor, so each is searched for once overall.
  let nextOpen = -1;
  let nextClose = -1;
  let nextAmp = -1;
  let i = 0;
  while (i < text.length) {
    // Jump straight to the next '<' or '&' (native search) instead of visiting every character.
    if (nextOpen < i) nextOpen = text.indexOf('<', i);
    if (nextOpen < 0) nextOpen = text.length;
    if (nextAmp < i) nextAmp = text.indexOf('&', i);
    if (nextAmp < 0) nextAmp = text.length;
    i = Math.min(nextOpen, nextAmp);
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      if (nextClose < i) nextClose = text.indexOf('>', i + 1);
      if (nextClose < 0) nextClose = text.length;
      if (nextOpen <= i) nextOpen = text.indexOf('<', i + 1);
      if (nextOpen < 0) nextOpen = text.length;
      if (nextClose < text.length && nextClose < nextOpen) {
        const replacement = replaceAngleMarkup(text.slice(i + 1, nextClose));
        if (replacement !== undefined) {
          out.push(text.slice(copiedUpTo, i), ' ', replacement, ' ');
          i = nextClose + 1;
          copiedUpTo = i;
          continue;
        }
      }
    } else if (c === 38 /* & */) {
      const entity = decodeEntityAt(text, i);
      if (entity) {
        out.push(text.slice(copiedUpTo, i), entity.char);
        i += entity.length;
        copiedUpTo = i;
        continue;
      }
    }
    i++;
  }
  if (copiedUpTo === 0) return text;
  out.push(text.slice(copiedUpTo));
  return out.join('');
}

/** The text that replaces `<body>`, or undefined when the brackets are not chat markup. */
function replaceAngleMarkup(body: string): string | undefined {
  if (body.length === 0 || body.length > 2000 || body.includes('\n')) return undefined;
  const first = body.charCodeAt(0);
  // @user, #channel, !here, :emoji:, a:animated:, t:timestamp -> nothing worth reading.
  if (first === 64 || first === 35 || first === 33 || first === 58) return labelOf(body) ?? '';
  if (body.startsWith('a:') || body.startsWith('t:')) return '';
  const lower = body.slice(0, 8).toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('mailto:')) {
    return labelOf(body) ?? body;
  }
  return undefined;
}

function labelOf(body: string): string | undefined {
  const bar = body.indexOf('|');
  return bar >= 0 ? body.slice(bar + 1) : undefined;
}

const ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&amp;', '&'],
  ['&quot;', '"'],
  ['&#39;', "'"],
  ['&nbsp;', ' '],
];

function decodeEntityAt(text: string, at: number): { char: string; length: number } | undefined {
  for (const [entity, char] of ENTITIES) {
    if (text.startsWith(entity, at)) return { char, length: entity.length };
  }
  return undefined;
}
