import type { InboundMessage } from '../../src/app/contracts.js';
import { slackMarkupToText } from './slackMarkupToText.js';
import type { SlackMessageEvent } from './slackMessageEvent.js';

/** Alerts are short; this bounds the work on a pathological message. */
const MAX_FLATTENED_CHARS = 20_000;

type Json = Record<string, unknown>;

/**
 * Everything a person sees in a Slack message, as plain text lines: the message text, then each
 * attachment (pretext, title, text, fields, footer, its blocks; the fallback only when it shows
 * nothing else) and the Block Kit blocks (section, header, context, rich_text, markdown).
 * Monitoring integrations often put the status code only in an attachment or a block.
 */
export function flattenSlackMessage(
  message: Pick<SlackMessageEvent, 'text' | 'attachments' | 'blocks'>,
): string {
  const lines: string[] = [];
  if (message.text) lines.push(slackMarkupToText(message.text));
  for (const attachment of asArray(message.attachments)) lines.push(...attachmentLines(attachment));
  for (const block of asArray(message.blocks)) lines.push(...blockLines(block));
  const text = lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  return text.length > MAX_FLATTENED_CHARS ? text.slice(0, MAX_FLATTENED_CHARS) : text;
}

/** A channel message as the auto-explainer sees it. */
export function toInboundMessage(message: SlackMessageEvent, workspace: string | undefined): InboundMessage {
  const team = message.team ?? workspace;
  return {
    platform: 'slack',
    ...(team ? { workspace: team } : {}),
    channel: message.channel,
    messageId: message.ts,
    ...(message.thread_ts ? { thread: message.thread_ts } : {}),
    text: flattenSlackMessage(message),
  };
}

function attachmentLines(attachment: Json): string[] {
  const lines: string[] = [];
  for (const key of ['pretext', 'author_name', 'title', 'text', 'footer']) {
    const value = attachment[key];
    if (typeof value === 'string') lines.push(slackMarkupToText(value));
  }
  for (const field of asArray(attachment.fields)) {
    const title = typeof field.title === 'string' ? field.title : '';
    const value = typeof field.value === 'string' ? slackMarkupToText(field.value) : '';
    lines.push(title && value ? `${title}: ${value}` : title || value);
  }
  for (const block of asArray(attachment.blocks)) lines.push(...blockLines(block));
  if (lines.every((line) => line.trim() === '') && typeof attachment.fallback === 'string') {
    lines.push(slackMarkupToText(attachment.fallback));
  }
  return lines;
}

function blockLines(block: Json): string[] {
  switch (block.type) {
    case 'section':
      return [textOf(block.text), ...asArray(block.fields).map(textOf)];
    case 'header':
    case 'markdown':
      return [typeof block.text === 'string' ? block.text : textOf(block.text)];
    case 'context':
      return asArray(block.elements).map(textOf);
    case 'rich_text':
      return asArray(block.elements).map(richTextOf);
    default:
      return [];
  }
}

/** A text object: mrkdwn carries Slack markup, plain_text does not. */
function textOf(value: unknown): string {
  if (!isObject(value) || typeof value.text !== 'string') return '';
  return value.type === 'mrkdwn' ? slackMarkupToText(value.text) : value.text;
}

/** Rich text is a tree of sections, lists, quotes and leaves; leaves are plain text already. */
function richTextOf(element: Json): string {
  switch (element.type) {
    case 'text':
      return typeof element.text === 'string' ? element.text : '';
    case 'link':
      return typeof element.text === 'string'
        ? element.text
        : typeof element.url === 'string'
          ? element.url
          : '';
    case 'rich_text_list':
      return asArray(element.elements).map(richTextOf).join('\n');
    case 'rich_text_section':
    case 'rich_text_quote':
    case 'rich_text_preformatted':
      return asArray(element.elements).map(richTextOf).join('');
    default:
      return '';
  }
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object';
}

function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}
