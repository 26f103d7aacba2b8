import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../adapters/console/runConsole.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());

async function session(lines: string[], end = true): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const done = runConsole({ core, defaultLocale: 'en', input, output, color: false });
  for (const line of lines) input.write(`${line}\n`);
  if (end) input.end();
  await done;
  return text;
}

describe('runConsole', () => {
  it('given it starts then a bilingual banner with how to connect Slack and Discord, and the prompt', async () => {
    const text = await session([]);
    for (const name of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'DISCORD_TOKEN',
      'DISCORD_APPLICATION_ID',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/[가-힣]/);
    expect(text).toContain('http> ');
  });

  it('given 503 and /http 404 then both cards are printed', async () => {
    const text = await session(['503', '/http 404']);
    expect(text).toContain(core.codeCard(503, 'en')!.title);
    expect(text).toContain(core.codeCard(404, 'en')!.title);
  });

  it('given a locale suffix then that card language', async () => {
    const text = await session(['503 ko']);
    expect(text).toContain(core.codeCard(503, 'ko')!.footer);
  });

  it('given exit then it resolves without the input ending and ignores later lines', async () => {
    const text = await session(['exit', '503'], false);
    expect(text).not.toContain(core.codeCard(503, 'en')!.title);
  });

  it('given quit then it resolves', async () => {
    await expect(session(['quit'], false)).resolves.toBeTypeOf('string');
  });

  it('given the input ends (Ctrl-D) then it resolves', async () => {
    await expect(session(['5xx'])).resolves.toContain(core.answer('5xx', { defaultLocale: 'en' }).card.title);
  });
});
