import type { Locale } from '../../src/core/locale.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';

/** What an answer knows while it runs: the language its apology speaks, once the answer has found it. */
export interface SlackTurn {
  locale: Locale;
}

/** How one listener fails: the log line and the fields it carries, and how it says sorry. */
export interface SlackApology {
  log: string;
  fields: Record<string, unknown>;
  /** Sends the apology text the way this listener answers (ack, respond or say). */
  send(text: string): Promise<unknown>;
}

/**
 * The one place Slack answers fail safely: runs `answer`, and when it throws, logs the error and sends
 * the short apology in the turn's language. An apology that fails too is logged; nothing rejects.
 */
export async function answerOrApologize(
  ctx: SlackContext,
  turn: SlackTurn,
  answer: (turn: SlackTurn) => Promise<void>,
  apology: SlackApology,
): Promise<void> {
  try {
    await answer(turn);
  } catch (error) {
    ctx.logger.error({ err: error, ...apology.fields }, apology.log);
    try {
      await apology.send(slackText(turn.locale, 'apology'));
    } catch (apologyError) {
      ctx.logger.error({ err: apologyError }, 'slack: could not send the apology');
    }
  }
}
