import type { MessageMentionOptions } from 'discord.js';

/**
 * Every message the bot sends parses no mentions and never pings the author it replies to: card text
 * can echo user input, and an alert explanation must not wake anyone up.
 */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };
