/** The parts of a Discord embed that carry text (discord.js `Embed` and API embeds both fit). */
export interface EmbedText {
  title?: string | null;
  description?: string | null;
  fields?: readonly { name: string; value: string }[];
  footer?: { text: string } | null;
  author?: { name: string } | null;
}

/** The parts of a Discord message that carry text. */
export interface MessageText {
  content: string;
  embeds: readonly EmbedText[];
}

/**
 * All the text of a message as one string, for the detector: the content, then each embed's author,
 * title, description, fields (name and value) and footer, one per line. Monitoring webhooks (Grafana,
 * Alertmanager bridges, Sentry, UptimeRobot) often post with empty content and everything in embeds.
 */
export function flattenDiscordMessage(message: MessageText): string {
  const lines: string[] = [];
  const add = (text: string | null | undefined) => {
    if (text?.trim()) lines.push(text);
  };
  add(message.content);
  for (const embed of message.embeds) {
    add(embed.author?.name);
    add(embed.title);
    add(embed.description);
    for (const field of embed.fields ?? []) {
      add(field.name);
      add(field.value);
    }
    add(embed.footer?.text);
  }
  return lines.join('\n');
}
