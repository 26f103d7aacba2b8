import {
  type APIActionRowComponent,
  type APIButtonComponentWithURL,
  type APIEmbed,
  type APIEmbedField,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Card, CardChoice, CardField } from '../../src/core/card.js';
import { relatedHeadingOf, renderTextParts } from '../../src/core/cards/cardText.js';
import { textLength, truncateText } from '../../src/core/cards/truncateText.js';
import type { Locale } from '../../src/core/locale.js';
import { DISCORD_LIMITS as L } from './discordLimits.js';
import { discordText } from './discordMessages.js';
import { escapeDiscordMarkdown } from './escapeDiscordMarkdown.js';
import { joinLinesWithin } from './joinLinesWithin.js';

/** A component row of a bot message: link buttons, or one string select. */
export type DiscordActionRow = APIActionRowComponent<APIButtonComponentWithURL | APIStringSelectComponent>;

/** The body of a Discord message or interaction reply, as plain API data. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordActionRow[];
}

/** Custom-id prefixes of the selects this renderer makes; the locale follows after a colon. */
export const COMPONENT_IDS = {
  related: 'http:related',
  choice: 'http:choice',
} as const;

/** `http:related:ko` -> the select's purpose and the locale of the card it came from. */
export function parseComponentId(
  customId: string,
): { kind: keyof typeof COMPONENT_IDS; locale: Locale } | undefined {
  const match = /^http:(related|choice):(ko|en)$/.exec(customId);
  if (!match) return undefined;
  return { kind: match[1] as keyof typeof COMPONENT_IDS, locale: match[2] as Locale };
}

type ShowText = (text: string) => string;

/**
 * Card text is plain; on Discord `*`, `_`, `|`, `#` and friends would turn into markup, so it is
 * escaped. People a card names (`summaryParts`) are shown as Discord mentions; allowed_mentions keeps
 * them from pinging.
 */
function summaryText(card: Card, show: ShowText): string | undefined {
  if (card.summaryParts) return renderTextParts(card.summaryParts, show, (userId) => `<@${userId}>`);
  return card.summary === undefined ? undefined : show(card.summary);
}

function fieldValue(field: CardField, show: ShowText): string {
  const lines = field.lines.map((line) => (field.bullets ? `• ${show(line)}` : show(line)));
  return joinLinesWithin(lines, L.embedFieldValue);
}

function relatedField(card: Card, show: ShowText): APIEmbedField | undefined {
  if (card.related.length === 0) return undefined;
  return {
    name: truncateText(relatedHeadingOf(card), L.embedFieldName),
    value: joinLinesWithin(
      card.related.map((choice) => show(choice.label)),
      L.embedFieldValue,
    ),
  };
}

function embedFields(card: Card, show: ShowText): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  for (const field of card.fields) {
    const value = fieldValue(field, show);
    // Discord rejects a field with an empty name or value.
    if (value.trim() === '' || field.label.trim() === '') continue;
    fields.push({
      name: truncateText(show(field.label), L.embedFieldName),
      value,
      ...(field.inline ? { inline: true } : {}),
    });
  }
  const related = relatedField(card, show);
  if (related) fields.push(related);
  return fields.slice(0, L.embedFields);
}

function embedDescription(card: Card, show: ShowText): string | undefined {
  const parts: string[] = [];
  if (card.badges.length > 0) parts.push(`**${card.badges.map(show).join(' · ')}**`);
  const summary = summaryText(card, show);
  if (summary) parts.push(summary);
  if (card.description) parts.push(show(card.description));
  if (parts.length === 0) return undefined;
  return truncateText(parts.join('\n\n'), L.embedDescription);
}

function embedSize(embed: APIEmbed): number {
  return (
    textLength(embed.title ?? '') +
    textLength(embed.description ?? '') +
    textLength(embed.footer?.text ?? '') +
    textLength(embed.author?.name ?? '') +
    (embed.fields ?? []).reduce((sum, f) => sum + textLength(f.name) + textLength(f.value), 0)
  );
}

/** Keeps the embed within the 6000-character total: trims the description first, then drops fields. */
function fitTotal(embed: APIEmbed): APIEmbed {
  const over = embedSize(embed) - L.embedTotal;
  if (over <= 0) return embed;
  const fitted: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])] };
  if (fitted.description) {
    const keep = Math.max(0, textLength(fitted.description) - over);
    fitted.description = keep > 0 ? truncateText(fitted.description, keep) : undefined;
    if (!fitted.description) delete fitted.description;
  }
  while (embedSize(fitted) > L.embedTotal && fitted.fields && fitted.fields.length > 0) fitted.fields.pop();
  return fitted;
}

/** The card as one embed, within every per-part and total limit. */
export function toDiscordEmbed(card: Card): APIEmbed {
  const embed: APIEmbed = {
    title: truncateText(card.title, L.embedTitle),
    color: card.color,
  };
  if (card.url) embed.url = card.url;
  const show = escapeDiscordMarkdown;
  const description = embedDescription(card, show);
  if (description) embed.description = description;
  const fields = embedFields(card, show);
  if (fields.length > 0) embed.fields = fields;
  if (card.footer) embed.footer = { text: truncateText(card.footer, L.embedFooter) };
  return fitTotal(embed);
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\//.test(url) && textLength(url) <= L.buttonUrl;
}

function linkButtons(card: Card): DiscordActionRow | undefined {
  const buttons: APIButtonComponentWithURL[] = card.links
    .filter((link) => isHttpUrl(link.url))
    .slice(0, L.buttonsPerRow)
    .map((link) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: truncateText(link.label, L.buttonLabel),
      url: link.url,
    }));
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

function selectRow(
  customId: string,
  placeholder: string,
  choices: readonly CardChoice[],
): DiscordActionRow | undefined {
  const seen = new Set<number>();
  const options: APISelectMenuOption[] = [];
  for (const choice of choices) {
    // Option values must be unique within a select.
    if (seen.has(choice.code)) continue;
    seen.add(choice.code);
    options.push({ label: truncateText(choice.label, L.selectOptionLabel), value: String(choice.code) });
    if (options.length === L.selectOptions) break;
  }
  if (options.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder: truncateText(placeholder, L.selectPlaceholder),
        options,
      },
    ],
  };
}

/**
 * Renders a card for Discord: one embed (colour by class, title linking to `card.url`, badges, summary
 * and description, one field per card field plus the related codes, footer), link buttons (MDN, spec),
 * a select of related codes and, for an ambiguous search, a select of the candidates. Pure.
 */
export function toDiscordMessage(card: Card): DiscordMessage {
  const rows: DiscordActionRow[] = [];
  const choiceRow = selectRow(
    `${COMPONENT_IDS.choice}:${card.locale}`,
    discordText(card.locale, 'choicePlaceholder'),
    card.choices,
  );
  if (choiceRow) rows.push(choiceRow);
  const links = linkButtons(card);
  if (links) rows.push(links);
  const relatedRow = selectRow(
    `${COMPONENT_IDS.related}:${card.locale}`,
    discordText(card.locale, 'relatedPlaceholder'),
    card.related,
  );
  if (relatedRow) rows.push(relatedRow);
  return { embeds: [toDiscordEmbed(card)], components: rows.slice(0, L.actionRows) };
}
