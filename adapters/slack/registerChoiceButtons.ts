import type { App } from '@slack/bolt';
import { registerCodeButton } from './registerCodeButton.js';
import type { SlackContext } from './slackContext.js';
import { SHOW_CODE_ACTION_PREFIX } from './toSlackBlocks.js';

/**
 * A press on a candidate button (from an ambiguous list) replaces that list with the chosen code's
 * card, so the person who asked sees the answer where the question was.
 */
export function registerChoiceButtons(app: App, ctx: SlackContext): void {
  registerCodeButton(app, ctx, {
    actionPrefix: SHOW_CODE_ACTION_PREFIX,
    replaceOriginal: true,
    name: 'choice button',
  });
}
