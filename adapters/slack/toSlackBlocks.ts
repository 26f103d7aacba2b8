import type { types } from '@slack/bolt';
import type { Card, CardAccent, CardChoice, CardField, CardTextPart } from '../../src/core/card.js';
import { relatedHeadingOf, renderTextParts } from '../../src/core/cards/cardText.js';
import { deepFreeze } from '../../src/core/cards/deepFreeze.js';
import type { Locale } from '../../src/core/locale.js';
import { escapeAndFit, escapeSlackText, slackLink } from './escapeSlackText.js';
import { SLACK_LIMITS } from './slackLimits.js';
import { slackText } from './slackMessages.js';

type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;

/** A Slack message body: `chat.postMessage`, `respond()` and slash-command acks all take this shape. */
export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit; always present. */
  text: string;
  blocks: KnownBlock[];
  /** One attachment carrying the class colour bar and the card's details. */
  attachments?: types.MessageAttachment[];
}

/** Prefix of the `action_id` of a "show this code" button; the full id is `show_code:<code>`. */
export const SHOW_CODE_ACTION_PREFIX = 'show_code:';

/**
 * Prefix of the `action_id` of a related-code button; the full id is `related_code:<code>`. Unlike
 * `show_code:` (which replaces the ephemeral list it sits in), a press opens the card privately.
 */
export const RELATED_CODE_ACTION_PREFIX = 'related_code:';

/** A small coloured marker in the header, so the class reads even where the colour bar is not shown. */
const ACCENT_MARKERS: Readonly<Record<CardAccent, string>> = {
  info: '🔵',
  success: '🟢',
  redirect: '🟣',
  clientError: '🟠',
  serverError: '🔴',
  warning: '🟡',
  neutral: '⚪',
};

const SEPARATOR = ' · ';

/**
 * Renders a neutral card as Block Kit. The header, summary, badges and choice buttons sit in the
 * message's own blocks, so they are always visible; the details go into one legacy attachment whose
 * colour bar shows the status class. All card text is escaped; every piece is cut to Slack's limits.
 */
export function toSlackBlocks(card: Card): SlackMessage {
  // The core's cards are built once and frozen, so their rendering can be kept too (the hot path of
  // `/http 503`); cards built per request (settings, auto-explain) are not frozen and render each time.
  if (!Object.isFrozen(card)) return renderSlackMessage(card);
  let rendered = renderedCards.get(card);
  if (!rendered) {
    rendered = deepFreeze(renderSlackMessage(card));
    renderedCards.set(card, rendered);
  }
  return rendered;
}

const renderedCards = new WeakMap<Card, SlackMessage>();

/**
 * Card text for mrkdwn, people as Slack mentions (`<@U1>`): escaped and within `limit`. Mentions are
 * never cut in half: text too long to fit whole falls back to the plain reading, cut.
 */
function mrkdwnText(plain: string, parts: readonly CardTextPart[] | undefined, limit: number): string {
  if (parts) {
    const rendered = renderTextParts(parts, escapeSlackText, (userId) => `<@${userId}>`);
    if (rendered.length <= limit) return rendered;
  }
  return escapeAndFit(plain, limit);
}

function renderSlackMessage(card: Card): SlackMessage {
  const top: KnownBlock[] = [headerBlock(card)];
  if (card.summary) top.push(section(mrkdwnText(card.summary, card.summaryParts, SLACK_LIMITS.sectionText)));
  if (card.badges.length > 0) top.push(contextLine(card.badges.join(SEPARATOR)));
  if (card.choices.length > 0) top.push(codeButtons(SHOW_CODE_ACTION_PREFIX, card.choices, card.locale));

  const tail = [...relatedBlocks(card), ...linkBlocks(card)];
  if (card.footer) tail.push(contextLine(card.footer));

  const budget = SLACK_LIMITS.blocksPerMessage - top.length - tail.length;
  const body: KnownBlock[] = [];
  if (card.description) body.push(...sectionsFor(card.description));
  body.push(...fieldBlocks(card.fields));
  const details = [...body.slice(0, Math.max(0, budget)), ...tail];

  const fallback = mrkdwnText(card.fallbackText, card.fallbackParts, SLACK_LIMITS.fallbackText);
  const message: SlackMessage = { text: fallback, blocks: top };
  if (details.length > 0) {
    message.attachments = [
      {
        color: `#${card.color.toString(16).padStart(6, '0')}`,
        fallback,
        blocks: details,
      },
    ];
  }
  return message;
}

function headerBlock(card: Card): types.HeaderBlock {
  const text = `${ACCENT_MARKERS[card.accent]} ${card.title}`;
  // plain_text is escaped too: Slack decodes the three entities everywhere, and escaping every piece
  // of card text means no field can become a ping if Slack ever parses it.
  return {
    type: 'header',
    text: { type: 'plain_text', text: escapeAndFit(text, SLACK_LIMITS.headerText), emoji: true },
  };
}

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

function contextLine(plain: string): types.ContextBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: escapeAndFit(plain, SLACK_LIMITS.contextText) }],
  };
}

/** Long text becomes several sections, split on line breaks, instead of being cut off. */
function sectionsFor(plain: string, heading?: string): SectionBlock[] {
  const lines = plain.split('\n');
  const prefix = heading ? `*${escapeAndFit(heading, 200)}*\n` : '';
  const blocks: SectionBlock[] = [];
  let current = prefix;
  for (const line of lines) {
    const escaped = escapeAndFit(line, SLACK_LIMITS.sectionText - prefix.length);
    const joined = current === '' || current === prefix ? `${current}${escaped}` : `${current}\n${escaped}`;
    if (joined.length > SLACK_LIMITS.sectionText) {
      blocks.push(mrkdwnSection(current));
      current = escaped;
    } else {
      current = joined;
    }
  }
  if (current !== '') blocks.push(mrkdwnSection(current));
  return blocks;
}

function mrkdwnSection(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function fieldLines(field: CardField): string {
  return field.lines.map((line) => (field.bullets ? `• ${line}` : line)).join('\n');
}

/** Inline fields sit side by side (up to 10 per section); the others get a section each. */
function fieldBlocks(fields: readonly CardField[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let inlineRun: types.MrkdwnElement[] = [];
  const flushInline = () => {
    for (let i = 0; i < inlineRun.length; i += SLACK_LIMITS.fieldsPerSection) {
      blocks.push({ type: 'section', fields: inlineRun.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
    }
    inlineRun = [];
  };
  for (const field of fields) {
    if (field.inline) {
      const label = `*${escapeAndFit(field.label, 200)}*\n`;
      const value = escapeAndFit(fieldLines(field), SLACK_LIMITS.fieldText - label.length);
      inlineRun.push({ type: 'mrkdwn', text: `${label}${value}` });
      continue;
    }
    flushInline();
    if (field.lines.length > 0) blocks.push(...sectionsFor(fieldLines(field), field.label));
  }
  flushInline();
  return blocks;
}

/** One button per code (at most an actions block's worth, no code twice); the value carries the locale. */
function codeButtons(
  actionPrefix: string,
  choices: readonly CardChoice[],
  locale: Locale,
): types.ActionsBlock {
  const unique = choices.filter(
    (choice, index) => choices.findIndex((c) => c.code === choice.code) === index,
  );
  return {
    type: 'actions',
    elements: unique.slice(0, SLACK_LIMITS.actionsElements).map((choice) => ({
      type: 'button',
      action_id: `${actionPrefix}${choice.code}`,
      text: { type: 'plain_text', text: escapeAndFit(choice.label, SLACK_LIMITS.buttonText), emoji: true },
      value: encodeChoiceValue(choice.code, locale),
    })),
  };
}

/**
 * Related codes as buttons under the card's heading; a press opens that code's card for the presser
 * only, which the heading's hint says.
 */
function relatedBlocks(card: Card): KnownBlock[] {
  if (card.related.length === 0) return [];
  const heading = `${relatedHeadingOf(card)} (${slackText(card.locale, 'pressHint')})`;
  return [contextLine(heading), codeButtons(RELATED_CODE_ACTION_PREFIX, card.related, card.locale)];
}

function linkBlocks(card: Card): types.ContextBlock[] {
  const links = [...card.links];
  if (card.url && !links.some((link) => link.url === card.url))
    links.unshift({ label: card.title, url: card.url });
  if (links.length === 0) return [];
  const elements: types.MrkdwnElement[] = [];
  let line = '';
  for (const link of links) {
    const piece = slackLink(link.url, link.label);
    const next = line === '' ? piece : `${line}${SEPARATOR}${piece}`;
    // A link is never cut in half: it moves to the next element instead.
    if (next.length > SLACK_LIMITS.contextText) {
      elements.push({ type: 'mrkdwn', text: line });
      line = piece;
    } else {
      line = next;
    }
  }
  if (line !== '') elements.push({ type: 'mrkdwn', text: line });
  return [{ type: 'context', elements: elements.slice(0, SLACK_LIMITS.contextElements) }];
}

/** The value of a choice button: the code and the locale of the list it came from (`"503:ko"`). */
export function encodeChoiceValue(code: number, locale: Locale): string {
  return `${code}:${locale}`;
}
