/** The bot's identity as `auth.test` reported it (Bolt puts it on every listener's `context`). */
export interface BotIdentity {
  botUserId?: string;
  botId?: string;
}

/**
 * True for messages the bot wrote itself. Bolt's `ignoreSelf` drops only some of them (it misses
 * app messages that carry `bot_id` without the `bot_message` subtype), so every listener checks both
 * the user id and the bot id.
 */
export function isOwnMessage(message: { user?: string; bot_id?: string }, self: BotIdentity): boolean {
  if (message.user !== undefined && message.user === self.botUserId) return true;
  return message.bot_id !== undefined && message.bot_id === self.botId;
}
