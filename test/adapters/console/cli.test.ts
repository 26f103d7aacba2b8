import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const core = createStatusCore(shippedEntries());

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/console/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DEFAULT_LOCALE: 'ko', NO_COLOR: '', ...env },
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run cli', () => {
  it('given 503 then the 503 card as plain text (stdout is not a TTY), exit 0', () => {
    const run = cli(['503']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(core.codeCard(503, 'ko')!.title);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it('given 게이트웨이 타임아웃 as two arguments then the 504 card, exit 0', () => {
    const run = cli(['게이트웨이', '타임아웃']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('504 Gateway Timeout');
  });

  it('given 5xx then the class overview, exit 0', () => {
    const run = cli(['5xx']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(core.answer('5xx', { defaultLocale: 'ko' }).card.title);
    expect(run.stdout).toContain('503 Service Unavailable');
  });

  it('given teapot then the 418 card, exit 0', () => {
    const run = cli(['teapot']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('418 (Unused)');
  });

  it('given 999 then a friendly "not a status code" answer, still exit 0', () => {
    const run = cli(['999', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(core.answer('999 en', { defaultLocale: 'ko' }).card.title);
  });

  it('given no query then a usage line on stderr, exit 1', () => {
    const run = cli([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/npm run cli -- /);
  });

  it('given DEFAULT_LOCALE=en then the English card', () => {
    const run = cli(['503'], { DEFAULT_LOCALE: 'en' });
    expect(run.stdout).toContain(core.codeCard(503, 'en')!.footer);
  });
});
