import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { StatusCore } from '../../src/core/answer.js';
import { truncateText } from '../../src/core/cards/truncateText.js';
import type { Locale } from '../../src/core/locale.js';
import { DISCORD_LIMITS as L } from './discordLimits.js';

/**
 * Autocomplete choices for a partially typed `/http` query, best first: the core's suggestions (which
 * offer the common codes for an empty prefix), or the typed text itself when nothing matches, so it can
 * still be sent as a free-text search. Names and values stay within Discord's 100 characters.
 */
export function autocompleteChoices(
  core: StatusCore,
  typed: string,
  locale: Locale,
): ApplicationCommandOptionChoiceData<string>[] {
  const partial = typed.trim();
  const suggestions = core.suggest(partial, locale, L.autocompleteChoices);
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
