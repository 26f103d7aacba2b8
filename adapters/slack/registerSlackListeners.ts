import type { App } from '@slack/bolt';
import { answerCodeButton, type BlockActionArgs } from './answerCodeButton.js';
import { answerExplainShortcut, EXPLAIN_SHORTCUT_ID } from './answerExplainShortcut.js';
import { answerMention, answerMessageEvent } from './answerMessageEvents.js';
import { answerSlashCommand, SLASH_COMMAND } from './answerSlashCommand.js';
import type { SlackContext } from './slackContext.js';
import { RELATED_CODE_ACTION_PREFIX, SHOW_CODE_ACTION_PREFIX } from './toSlackBlocks.js';

/** A button the bot renders, by the shape of its `action_id`, and what answers a press. */
interface ActionRoute {
  actionId: RegExp;
  answer(ctx: SlackContext, args: BlockActionArgs): Promise<void>;
}

/** Every button the bot renders (see `toSlackBlocks`); a new one is one more entry here. */
const ACTION_ROUTES: readonly ActionRoute[] = [
  {
    // A candidate from an ambiguous list: its card replaces the list, where the question was asked.
    actionId: new RegExp(`^${SHOW_CODE_ACTION_PREFIX}\\d+$`),
    answer: (ctx, args) => answerCodeButton(ctx, { replaceOriginal: true, name: 'choice button' }, args),
  },
  {
    // A related code under a public card: its card comes to the presser only; the card stays as it was.
    actionId: new RegExp(`^${RELATED_CODE_ACTION_PREFIX}\\d+$`),
    answer: (ctx, args) =>
      answerCodeButton(ctx, { replaceOriginal: false, name: 'related-code button' }, args),
  },
];

/**
 * Wires the Slack app with one listener per kind of request, each dispatching inside: Bolt runs every
 * listener's matching middleware for every request, so many narrow listeners cost on every one.
 * Slash command, `block_actions` (routed by `action_id`), `message` events, `app_mention`, and message
 * shortcuts (routed by `callback_id`; the explain shortcut only when auto-explain is wired).
 */
export function registerSlackListeners(app: App, ctx: SlackContext): void {
  app.command(SLASH_COMMAND, (args) => answerSlashCommand(ctx, args));

  app.action({ type: 'block_actions' }, async (args) => {
    await args.ack();
    const route = ACTION_ROUTES.find((candidate) => candidate.actionId.test(args.action.action_id));
    if (route) await route.answer(ctx, args as BlockActionArgs);
  });

  app.event('message', (args) => answerMessageEvent(ctx, args));
  app.event('app_mention', (args) => answerMention(ctx, args));

  const explain = ctx.autoExplain;
  app.shortcut({ type: 'message_action' }, async (args) => {
    if (args.shortcut.type !== 'message_action') return;
    if (args.shortcut.callback_id === EXPLAIN_SHORTCUT_ID && explain) {
      await args.ack();
      await answerExplainShortcut(ctx, explain, { ...args, shortcut: args.shortcut });
    }
  });
}
