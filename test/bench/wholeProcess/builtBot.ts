/**
 * The two sides of every whole-process benchmark: the built bot (`node dist/src/main.js`, as the
 * Procfile runs it, configured by environment only) and the bare SDK app that makes the same
 * connections (`bareSdkApp.mjs`, plain JavaScript so it pays no TypeScript loader the bot does not pay).
 */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { BenchProcess } from './benchProcess.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The bot's entry point after `npm run build`. */
export const BOT_MAIN = `${ROOT}dist/src/main.js`;
/** The baseline program. */
export const BARE_SDK_APP = fileURLToPath(new URL('./bareSdkApp.mjs', import.meta.url));
/** The Slack load generator program. */
export const SLACK_LOAD_GENERATOR = fileURLToPath(new URL('./slackLoadGenerator.mjs', import.meta.url));

let built = false;

/**
 * Runs `npm run build` once per benchmark process, so the figures are for the code in the tree and not
 * for a stale dist/. `SKIP_BUILD=1` skips it (the caller just built).
 */
export function ensureBuilt(): void {
  if (built || process.env.SKIP_BUILD === '1') return;
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (${result.status}):\n${result.stdout}${result.stderr}`);
  }
  built = true;
  console.log(`(built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const POLL_MS = 5;

/** One GET; resolves with the status, or 0 when nothing answered. */
function probe(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

/**
 * Polls `url` every few milliseconds until it answers 200; resolves with `process.hrtime.bigint()` at
 * that answer. Fails at once when the process ends, and after `timeoutMs`, with its output.
 */
export async function waitForHealthz(proc: BenchProcess, url: string, timeoutMs = 60_000): Promise<bigint> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.hasExited()) {
      throw new Error(
        `${proc.label} exited (${await proc.exited}) before ${url} answered:\n${proc.output()}`,
      );
    }
    if ((await probe(url)) === 200) return process.hrtime.bigint();
    if (Date.now() > deadline) {
      throw new Error(`${proc.label}: ${url} did not answer 200 within ${timeoutMs} ms:\n${proc.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
