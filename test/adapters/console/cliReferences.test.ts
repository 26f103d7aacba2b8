/** The DESIGN contract: `npm run cli -- header retry-after` and `npm run cli -- 502 vs 504` print those cards. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../../adapters/console/renderTerminal.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { shippedEntries, shippedReferences } from '../../fixtures/queries/datasetWithNames.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const core = createStatusCore(shippedEntries(), shippedReferences());

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/console/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DEFAULT_LOCALE: 'en', NO_COLOR: '' },
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout };
}

describe('npm run cli with header and compare queries', () => {
  it('given header retry-after then the Retry-After card, exit 0', () => {
    const run = cli(['header', 'retry-after']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Retry-After · when to try again');
    expect(run.stdout).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3');
  });

  it('given 502 vs 504 then both codes side by side, exit 0', () => {
    const run = cli(['502', 'vs', '504']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('502 Bad Gateway vs 504 Gateway Timeout');
    expect(run.stdout).toContain('Sent by:');
  });
});

describe('renderTerminal: header choices', () => {
  it('given a code card with header choices then one line of /http header commands', () => {
    const text = renderTerminal(core.codeCard(429, 'en')!, { color: false, width: 160 });
    expect(text).toContain(
      'Header cards: /http header Retry-After · /http header X-RateLimit-* · /http header RateLimit · /http header RateLimit-Policy',
    );
  });

  it('given a card without header choices then no such line', () => {
    expect(renderTerminal(core.codeCard(404, 'en')!, { color: false })).not.toContain('Header cards');
  });

  it('given the Korean card then the line is labelled in Korean', () => {
    expect(renderTerminal(core.codeCard(503, 'ko')!, { color: false })).toContain(
      '헤더 카드: /http header Retry-After',
    );
  });
});
