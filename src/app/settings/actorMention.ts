/**
 * How a settings confirmation names the person who made the change.
 *
 * Card text is plain, so the actor is written as the token `@{<userId>}` (e.g. `@{U024BE7LH}`,
 * `@{80351110224678912}`) in the card's `summary` and `fallbackText`. An adapter escapes the text for its
 * platform first, then calls `renderActorMentions` to turn each token into its own mention syntax
 * (Slack `<@U024BE7LH>`, Discord `<@80351110224678912>` with allowed_mentions parsing nothing).
 * The escaping rules of both platforms leave `@`, `{` and `}` untouched, so the token survives.
 * Tokens only ever come from the platform's user id: text a user typed is passed through
 * `neutralizeMentionTokens` before it appears on a card, so it can never form one.
 */

const TOKEN = /@\{([A-Za-z0-9_.-]{1,64})\}/g;
const SAFE_USER_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** The token for a user id; an id with unexpected characters is shown as plain, neutralised text. */
export function actorMentionToken(userId: string): string {
  return SAFE_USER_ID.test(userId) ? `@{${userId}}` : neutralizeMentionTokens(userId);
}

/** Replaces every `@{userId}` token in (already escaped) text with the platform's mention. */
export function renderActorMentions(text: string, mention: (userId: string) => string): string {
  return text.replace(TOKEN, (_whole, userId: string) => mention(userId));
}

/** The user ids mentioned by tokens in a text, in order. */
export function actorMentionIds(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1]!);
}

/** Makes typed text safe to show on a card: braces become parentheses, so no token can form; long text is cut. */
export function neutralizeMentionTokens(text: string, maxLength = 40): string {
  const safe = text.replace(/\{/g, '(').replace(/\}/g, ')');
  return safe.length > maxLength ? `${safe.slice(0, maxLength - 1)}…` : safe;
}
