/**
 * Lists every way a rendered message breaks Slack's Block Kit limits (empty when it fits). Written
 * from Slack's documented limits, independently of the renderer's own cutting.
 */

import { decodeChoiceValue } from '../../../adapters/slack/fromSlackPayload.js';
import { SLACK_LIMITS } from '../../../adapters/slack/slackLimits.js';
import {
  RELATED_CODE_ACTION_PREFIX,
  SHOW_CODE_ACTION_PREFIX,
  type SlackMessage,
} from '../../../adapters/slack/toSlackBlocks.js';

type AnyBlock = { type: string; [key: string]: unknown };
type TextObject = { type: string; text: string };
type Button = { type: string; action_id: string; text: TextObject; value?: string };

/** The action ids the bot's handlers answer: one of its prefixes, then a three-digit code. */
const BUTTON_ACTION_ID = new RegExp(`^(${SHOW_CODE_ACTION_PREFIX}|${RELATED_CODE_ACTION_PREFIX})(\\d{3})$`);

export function slackLimitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('missing fallback text');
  const attachmentBlocks = (message.attachments ?? []).flatMap((a) => (a.blocks ?? []) as AnyBlock[]);
  const all = [...(message.blocks as AnyBlock[]), ...attachmentBlocks];
  if (all.length > SLACK_LIMITS.blocksPerMessage) problems.push(`${all.length} blocks`);
  (message.attachments ?? []).forEach((attachment, index) => {
    const count = attachment.blocks?.length ?? 0;
    if (count > SLACK_LIMITS.blocksPerMessage) problems.push(`attachment ${index}: ${count} blocks`);
  });
  const ids = new Set<string>();
  all.forEach((block, index) => {
    const at = `block ${index} (${block.type})`;
    switch (block.type) {
      case 'header': {
        const text = block.text as TextObject;
        if (text.type !== 'plain_text') problems.push(`${at}: header must be plain_text`);
        if (text.text.length > SLACK_LIMITS.headerText)
          problems.push(`${at}: header ${text.text.length} chars`);
        if (text.text.length === 0) problems.push(`${at}: empty header`);
        break;
      }
      case 'section': {
        const text = block.text as TextObject | undefined;
        const fields = (block.fields as TextObject[] | undefined) ?? [];
        if (!text && fields.length === 0) problems.push(`${at}: section without text or fields`);
        if (text && text.text.length > SLACK_LIMITS.sectionText)
          problems.push(`${at}: text ${text.text.length} chars`);
        if (text && text.text.length === 0) problems.push(`${at}: empty text`);
        if (fields.length > SLACK_LIMITS.fieldsPerSection) problems.push(`${at}: ${fields.length} fields`);
        for (const field of fields) {
          if (field.text.length > SLACK_LIMITS.fieldText)
            problems.push(`${at}: field ${field.text.length} chars`);
        }
        break;
      }
      case 'context': {
        const elements = block.elements as TextObject[];
        if (elements.length === 0 || elements.length > SLACK_LIMITS.contextElements)
          problems.push(`${at}: ${elements.length} context elements`);
        for (const element of elements) {
          if (element.text.length > SLACK_LIMITS.contextText)
            problems.push(`${at}: context ${element.text.length} chars`);
        }
        break;
      }
      case 'actions': {
        const elements = block.elements as Button[];
        if (elements.length === 0 || elements.length > SLACK_LIMITS.actionsElements)
          problems.push(`${at}: ${elements.length} action elements`);
        for (const button of elements) problems.push(...buttonViolations(button, at, ids));
        break;
      }
      default:
        problems.push(`${at}: unexpected block type`);
    }
  });
  return problems;
}

/** A code button: plain text within 75 chars, an action id a handler answers, a value naming its code. */
function buttonViolations(button: Button, at: string, ids: Set<string>): string[] {
  const problems: string[] = [];
  if (button.type !== 'button') problems.push(`${at}: ${button.type} is not a button`);
  if (button.text.type !== 'plain_text') problems.push(`${at}: button text must be plain_text`);
  if (button.text.text.length === 0) problems.push(`${at}: empty button text`);
  if (button.text.text.length > SLACK_LIMITS.buttonText)
    problems.push(`${at}: button ${button.text.text.length} chars`);
  if ((button.value ?? '').length > SLACK_LIMITS.buttonValue) problems.push(`${at}: button value too long`);
  if (button.action_id.length > SLACK_LIMITS.actionId) problems.push(`${at}: action_id too long`);
  if (ids.has(button.action_id)) problems.push(`${at}: duplicate action_id ${button.action_id}`);
  ids.add(button.action_id);
  const code = BUTTON_ACTION_ID.exec(button.action_id)?.[2];
  if (code === undefined) problems.push(`${at}: no handler answers action_id ${button.action_id}`);
  else if (decodeChoiceValue(button.value)?.code !== Number(code))
    problems.push(`${at}: value ${button.value} does not name code ${code}`);
  return problems;
}

/** Every piece of mrkdwn/plain text in a message, for escaping checks. */
export function allTexts(message: SlackMessage): string[] {
  const texts: string[] = [message.text];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') texts.push(inner);
        else visit(inner);
      }
    }
  };
  visit(message.blocks);
  visit(message.attachments ?? []);
  return texts;
}
