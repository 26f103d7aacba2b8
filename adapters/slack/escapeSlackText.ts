/**
 * Slack treats `&`, `<` and `>` as control characters in message text: `<!channel>` pings everyone,
 * `<@U123>` pings a person and `<https://x|y>` renders a disguised link. Escaping exactly these three
 * makes any text display literally and never ping or link.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/**
 * Escapes `text` and cuts it so the escaped result is at most `limit` characters, ending with `…` when
 * cut. Cuts on code points (never inside a surrogate pair) and never inside an entity like `&amp;`.
 */
export function escapeAndFit(text: string, limit: number): string {
  const escaped = escapeSlackText(text);
  if (escaped.length <= limit) return escaped;
  return fitEscaped(Array.from(text), limit);
}

function fitEscaped(chars: string[], limit: number): string {
  let out = '';
  for (const ch of chars) {
    const piece = escapeSlackText(ch);
    if (out.length + piece.length > limit - 1) break;
    out += piece;
  }
  return `${out}…`;
}

/**
 * A link we build ourselves. The URL comes from our dataset, never from user input, but `|` and `>`
 * would still break the `<url|label>` syntax, so they are percent-encoded; the label is escaped.
 */
export function slackLink(url: string, label: string): string {
  const safeUrl = url.replace(/[|<>\s]/g, (ch) => encodeURIComponent(ch)).replace(/&/g, '&amp;');
  return `<${safeUrl}|${escapeSlackText(label)}>`;
}
