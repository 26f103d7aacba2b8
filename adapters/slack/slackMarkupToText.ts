/**
 * Turns Slack message markup into the plain text a person sees: `<@U1|ann>` -> `@ann`,
 * `<#C1|ops>` -> `#ops`, `<!here>` -> `@here`, `<https://x|label>` -> `label`, and the entities
 * `&amp; &lt; &gt;` back into characters. The result is plain text again: whatever renders it must
 * escape it (see `escapeSlackText`).
 */
export function slackMarkupToText(text: string): string {
  const flattened = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => readableToken(inner));
  return decodeSlackEntities(flattened);
}

/** Slack escapes exactly `&`, `<` and `>` in text it sends; this undoes that. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_whole, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : '>',
  );
}

function readableToken(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) return label ? `@${label}` : target;
  if (target.startsWith('#')) return label ? `#${label}` : target;
  if (target.startsWith('!')) {
    // `<!subteam^S1|@team>`, `<!date^...|fallback>` carry their own label; `<!here>` is a keyword.
    if (label) return label;
    return `@${target.slice(1).split('^')[0]}`;
  }
  return label ?? target;
}

/** Removes every mention of `userId` (`<@U1>` or `<@U1|name>`) from raw Slack text. */
export function stripUserMention(text: string, userId: string | undefined): string {
  if (!userId) return text;
  const escapedId = userId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`<@${escapedId}(\\|[^>]*)?>`, 'g'), ' ');
}

/** True when raw Slack text mentions `userId`. */
export function mentionsUser(text: string | undefined, userId: string | undefined): boolean {
  if (!text || !userId) return false;
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}
