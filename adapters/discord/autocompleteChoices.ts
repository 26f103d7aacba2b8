import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { StatusCore } from '../../src/core/answer.js';
import type { CardChoice } from '../../src/core/card.js';
import type { Locale } from '../../src/core/locale.js';
import { DISCORD_LIMITS as L } from './discordLimits.js';
import { truncateText } from './truncateText.js';

/** Shown before anything is typed when the core offers nothing for an empty prefix: the codes people meet most. */
export const COMMON_CODES: readonly number[] = [
  200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 408, 409, 413, 422, 429, 500, 501, 502, 503, 504,
];

function commonChoices(core: StatusCore, locale: Locale): CardChoice[] {
  const choices: CardChoice[] = [];
  for (const code of COMMON_CODES) {
    const card = core.codeCard(code, locale);
    if (card) choices.push({ code, label: card.title });
  }
  return choices;
}

/**
 * Autocomplete choices for a partially typed `/http` query, best first: the core's suggestions, the
 * common codes for an empty prefix, or the typed text itself when nothing matches (so it can still be
 * sent as a free-text search). Names and values stay within Discord's 100 characters.
 */
export function autocompleteChoices(
  core: StatusCore,
  typed: string,
  locale: Locale,
): ApplicationCommandOptionChoiceData<string>[] {
  const partial = typed.trim();
  let suggestions = core.suggest(partial, locale, L.autocompleteChoices);
  if (suggestions.length === 0 && partial === '') suggestions = commonChoices(core, locale);
  if (suggestions.length === 0 && partial !== '') {
    const free = truncateText(partial, L.choiceValue);
    return [{ name: truncateText(partial, L.choiceName), value: free }];
  }
  const seen = new Set<number>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const suggestion of suggestions) {
    if (seen.has(suggestion.code)) continue;
    seen.add(suggestion.code);
    choices.push({ name: truncateText(suggestion.label, L.choiceName), value: String(suggestion.code) });
    if (choices.length === L.autocompleteChoices) break;
  }
  return choices;
}
