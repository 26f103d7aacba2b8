import type { CardTextPart } from '../../core/card.js';

/** User ids as Slack and Discord make them; anything else is shown as plain text, never as a mention. */
const SAFE_USER_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** Stands for the actor while a message template is filled in; chat text never holds a NUL. */
const ACTOR_SLOT = '\u0000actor\u0000';

/**
 * A settings message that names the person who made the change, as card text parts: `fill` gets the
 * value to put where the template says `{user}`, and the person comes back as a structured mention
 * (`{ mention: userId }`) that each renderer writes its own way. Only the platform's user id ever
 * becomes a mention: typed text is plain text in every renderer.
 */
export function partsNamingActor(userId: string, fill: (user: string) => string): CardTextPart[] {
  const actor: CardTextPart = SAFE_USER_ID.test(userId) ? { mention: userId } : shortenTyped(userId);
  return fill(ACTOR_SLOT)
    .split(ACTOR_SLOT)
    .flatMap((piece, index) => (index === 0 ? [piece] : [actor, piece]))
    .filter((part) => part !== '');
}

/** Typed text echoed on a card, cut to `maxLength` characters so a pasted essay stays a short line. */
export function shortenTyped(text: string, maxLength = 40): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
