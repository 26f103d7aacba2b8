import type { App } from '@slack/bolt';
import { registerCodeButton } from './registerCodeButton.js';
import type { SlackContext } from './slackContext.js';
import { RELATED_CODE_ACTION_PREFIX } from './toSlackBlocks.js';

/**
 * A press on a related-code button shows that code's full card to the presser only, as a new
 * ephemeral message. The card the button sits on (an in-channel `/http 503` answer, or the
 * auto-explain reply in an alert thread) is public and is never replaced or edited.
 */
export function registerRelatedButtons(app: App, ctx: SlackContext): void {
  registerCodeButton(app, ctx, {
    actionPrefix: RELATED_CODE_ACTION_PREFIX,
    replaceOriginal: false,
    name: 'related-code button',
  });
}
