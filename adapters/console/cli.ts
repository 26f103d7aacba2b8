/**
 * `npm run cli -- <query>`: prints one answer as terminal text and exits 0 (a "no such code" answer
 * included); exits 1 with a usage line for bad usage. `npm run cli -- detect` runs the JSON Lines
 * detector instead.
 */
import { createStatusCore } from '../../src/core/createStatusCore.js';
import { toLocale } from '../../src/core/locale.js';
import { loadDataset } from '../../src/dataset/loadDataset.js';
import { consoleText as t } from './consoleMessages.js';
import { renderTerminal } from './renderTerminal.js';

async function main(args: readonly string[]): Promise<number> {
  const defaultLocale = toLocale(process.env.DEFAULT_LOCALE) ?? 'ko';
  if (args[0] === 'detect') {
    const { runDetectCli } = await import('./detectCli.js');
    return runDetectCli(process.stdin, process.stdout);
  }
  const query = args.join(' ').trim();
  if (query === '' || args[0] === '--help' || args[0] === '-h') {
    process.stderr.write(`${t(defaultLocale, 'usage')}\n`);
    return query === '' ? 1 : 0;
  }
  const dataset = loadDataset();
  if (!dataset.ok) {
    process.stderr.write(`dataset invalid:\n${dataset.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return 2;
  }
  const answer = createStatusCore(dataset.entries, dataset).answer(query, { defaultLocale });
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(renderTerminal(answer.card, { color, width: process.stdout.columns }));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
