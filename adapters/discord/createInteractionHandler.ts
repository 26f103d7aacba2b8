import { type Interaction, MessageFlags } from 'discord.js';
import { NO_MENTIONS } from './allowedMentions.js';
import { answerCardSelect } from './answerCardSelect.js';
import { chatInputCommand, messageMenuCommand } from './discordCommands.js';
import type { DiscordContext } from './discordContext.js';
import { discordText } from './discordMessages.js';
import { localeOfDiscordUser } from './fromDiscordInteraction.js';
import { parseComponentId } from './toDiscordMessage.js';

/** Commands go to their entry in `DISCORD_COMMANDS`; the card selects are routed by their custom id. */
async function route(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) {
    await chatInputCommand(interaction.commandName)?.execute(ctx, interaction);
    return;
  }
  if (interaction.isAutocomplete()) {
    await chatInputCommand(interaction.commandName)?.autocomplete?.(ctx, interaction);
    return;
  }
  if (interaction.isMessageContextMenuCommand()) {
    await messageMenuCommand(interaction.commandName)?.execute(ctx, interaction);
    return;
  }
  if (interaction.isStringSelectMenu()) {
    const target = parseComponentId(interaction.customId);
    if (target) {
      await answerCardSelect(ctx, interaction, target.locale);
      return;
    }
    await interaction.reply({
      content: discordText(localeOfDiscordUser(interaction.locale), 'unknownAction'),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  }
}

/** The short ephemeral apology a failed interaction gets; autocomplete gets an empty list instead. */
async function apologize(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const apology = {
    content: discordText(localeOfDiscordUser(interaction.locale), 'apology'),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
  else await interaction.reply(apology);
}

/**
 * Routes every interaction to its handler. Never rejects: a failing handler is logged and the user gets
 * an apology; if even that fails, it is logged too.
 */
export function createInteractionHandler(ctx: DiscordContext): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      await route(ctx, interaction);
    } catch (error) {
      ctx.logger.error(
        { err: error, platform: 'discord', interactionType: interaction.type, interactionId: interaction.id },
        'Discord interaction handler failed',
      );
      try {
        await apologize(interaction);
      } catch (apologyError) {
        ctx.logger.error(
          { err: apologyError, platform: 'discord', interactionId: interaction.id },
          'could not send the apology for a failed Discord interaction',
        );
      }
    }
  };
}
