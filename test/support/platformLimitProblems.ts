import { toDiscordMessage } from '../../adapters/discord/toDiscordMessage.js';
import { toSlackBlocks } from '../../adapters/slack/toSlackBlocks.js';
import type { Card } from '../../src/core/card.js';
import { discordLimitViolations } from '../adapters/discord/discordLimitViolations.js';
import { slackLimitViolations } from '../adapters/slack/slackLimitViolations.js';
import { cardLimitProblems } from '../fixtures/queries/cardLimits.js';

/** Discord's limit on a component's custom_id: the strictest place a choice payload has to fit. */
export const PAYLOAD_LIMIT = 100;
/** What a renderer adds around a monospace field: a code fence line before and after. */
const CODE_FENCE_OVERHEAD = '```\n'.length + '\n```'.length;
/** Discord's limit on an embed field value, the smallest a field's text must fit. */
const FIELD_VALUE_LIMIT = 1024;

/**
 * Every way a card breaks a platform limit, named by `name`: its own content against the strictest of
 * the Slack and Discord limits (no renderer truncation counted on), the messages the current Slack and
 * Discord renderers make of it, choice payloads against a Discord custom_id, and monospace fields with
 * the code fences renderers put around them.
 */
export function platformLimitProblems(card: Card, name: string): string[] {
  const problems = [
    ...cardLimitProblems(card).map((problem) => `${name}: ${problem}`),
    ...slackLimitViolations(toSlackBlocks(card)).map((problem) => `${name} (Slack): ${problem}`),
    ...discordLimitViolations(toDiscordMessage(card), `${name} (Discord)`),
  ];
  for (const choice of card.choices) {
    if (choice.payload !== undefined && choice.payload.length > PAYLOAD_LIMIT)
      problems.push(`${name}: payload of ${choice.code} has ${choice.payload.length} chars`);
  }
  for (const field of card.fields) {
    if (!field.monospace) continue;
    const size = field.lines.join('\n').length + CODE_FENCE_OVERHEAD;
    if (size > FIELD_VALUE_LIMIT) problems.push(`${name}: monospace field "${field.label}" is ${size} chars`);
  }
  return problems;
}
