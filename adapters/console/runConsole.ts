import { createInterface } from 'node:readline';
import type { StatusCore } from '../../src/core/answer.js';
import type { Locale } from '../../src/core/locale.js';
import { consoleText as t } from './consoleMessages.js';
import { renderTerminal } from './renderTerminal.js';

/** What the interactive console needs: the core, a language, the streams and whether to colour. */
export interface ConsoleOptions {
  core: StatusCore;
  defaultLocale: Locale;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
}

const EXIT_WORDS = new Set(['exit', 'quit', ':q', '종료', '나가기']);
export const PROMPT = 'http> ';

/**
 * The interactive prompt `npm start` opens when no platform is configured: one card per line typed.
 * Prints a bilingual banner (with how to connect Slack and Discord) first; resolves when the input
 * ends (Ctrl-D, a closed pipe) or the user types `exit` / `quit`.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { core, defaultLocale, input, output, color } = options;
  const other: Locale = defaultLocale === 'ko' ? 'en' : 'ko';
  const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
  const banner = [defaultLocale, other].flatMap((locale) => [
    t(locale, 'bannerTitle'),
    dim(`  ${t(locale, 'bannerUsage')}`),
    dim(`  ${t(locale, 'bannerSlack')}`),
    dim(`  ${t(locale, 'bannerDiscord')}`),
  ]);
  output.write(`${banner.join('\n')}\n\n`);

  const isTty = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: isTty, prompt: PROMPT });
  const width = () => (output as { columns?: number }).columns ?? 80;
  rl.prompt();
  let said = false;
  for await (const raw of rl) {
    const line = raw.trim();
    if (EXIT_WORDS.has(line.toLowerCase())) {
      said = true;
      break;
    }
    if (line !== '') {
      const answer = core.answer(line, { defaultLocale });
      output.write(`\n${renderTerminal(answer.card, { color, width: width() })}\n`);
    }
    rl.prompt();
  }
  rl.close();
  // Ctrl-D leaves the cursor after the prompt; finish the line either way.
  output.write(said ? `${t(defaultLocale, 'goodbye')}\n` : '\n');
}
