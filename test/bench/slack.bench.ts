/**
 * `npm run bench -- slack`: Slack slash-command throughput, whole processes on one machine. Three
 * processes besides this one: the built bot (`node dist/src/main.js`, Slack HTTP mode, SQLite in a temp
 * dir, env only), a bare Bolt app that acks every `/http` with the bot's own answer (captured from the
 * bot at the start of the run), and a load generator that signs and sends identical `/http 503`
 * requests to either. Alternating rounds after a warm-up; per round and median: requests/s, p50, p99
 * and CPU time per request (of the target process) of each side, and the bot/bare ratios. Every answer is checked (200, body
 * identical to the captured one): a wrong answer stops the run. Figures are printed, never asserted.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type FakeSlackApi, startFakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import { postSigned, slashCommandBody } from '../adapters/slack/signedSlackRequests.js';
import { freePort } from '../support/spawnBot.js';
import { type BenchProcess, baseEnv, benchTempDir, spawnNode } from './wholeProcess/benchProcess.js';
import {
  BARE_SDK_APP,
  BOT_MAIN,
  ensureBuilt,
  SLACK_LOAD_GENERATOR,
  waitForHealthz,
} from './wholeProcess/builtBot.js';
import { envInt, mb, median, quantile, ratio } from './wholeProcess/figures.js';
import { cpuMsOf, loadLine, memoryOf } from './wholeProcess/procStats.js';

const ROUNDS = envInt('BENCH_ROUNDS', 8);
const REQUESTS = envInt('BENCH_REQUESTS', 3_000);
const CONCURRENCY = envInt('BENCH_CONCURRENCY', 8);
const WARMUP = envInt('BENCH_WARMUP', 1_000);

const SIGNING_SECRET = 'bench-signing-secret-0123456789';
const BOT_TOKEN = 'xoxb-bench-token';
const BODY = slashCommandBody({ text: '503', responseUrl: 'http://127.0.0.1:9/unused' });

interface Target {
  label: string;
  proc: BenchProcess;
  url: string;
}

interface LoadResult {
  latenciesNs: number[];
  wallNs: number;
  failures: number;
  firstFailure?: string;
}

/** One round's figures for one side. */
interface RoundFigures {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time the target process spent per request, µs (undefined off Linux). */
  cpuUsPerRequest: number | undefined;
}

async function startTarget(
  label: string,
  program: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  started: BenchProcess[],
): Promise<Target> {
  const port = await freePort();
  const proc = spawnNode(label, [program], {
    cwd,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
  });
  // Stopped by the caller even when it never gets healthy.
  started.push(proc);
  const base = `http://127.0.0.1:${port}`;
  await waitForHealthz(proc, `${base}/healthz`);
  return { label, proc, url: `${base}/slack/events` };
}

/** Asks the load generator for one batch and waits for its answer (or its death). */
async function runLoad(generator: BenchProcess, url: string, count: number, expectBody: string) {
  const answer = new Promise<LoadResult>((resolve, reject) => {
    const onMessage = (message: { type: string; message?: string } & LoadResult) => {
      generator.child.off('message', onMessage);
      if (message.type === 'result') resolve(message);
      else reject(new Error(`load generator failed: ${message.message}`));
    };
    generator.child.on('message', onMessage);
    void generator.exited.then((code) =>
      reject(new Error(`load generator exited (${code}):\n${generator.output()}`)),
    );
  });
  generator.child.send({
    type: 'run',
    url,
    body: BODY,
    secret: SIGNING_SECRET,
    count,
    concurrency: CONCURRENCY,
    expectBody,
  });
  return answer;
}

/** Loads `target` once and turns the result into figures; a single wrong answer stops the benchmark. */
async function round(
  generator: BenchProcess,
  target: Target,
  count: number,
  expectBody: string,
): Promise<RoundFigures> {
  const cpuBefore = cpuMsOf(target.proc.pid);
  const result = await runLoad(generator, target.url, count, expectBody);
  const cpuAfter = cpuMsOf(target.proc.pid);
  if (result.failures > 0) {
    throw new Error(
      `${target.label}: ${result.failures} of ${count} answers were wrong; first: ${result.firstFailure}\n${target.proc.output()}`,
    );
  }
  return {
    requestsPerSec: (count * 1e9) / result.wallNs,
    p50Ms: quantile(result.latenciesNs, 0.5) / 1e6,
    p99Ms: quantile(result.latenciesNs, 0.99) / 1e6,
    cpuUsPerRequest:
      cpuBefore !== undefined && cpuAfter !== undefined ? ((cpuAfter - cpuBefore) * 1000) / count : undefined,
  };
}

/** The bot's own answer to a signed `/http 503`: the exact bytes the baseline will send back. */
async function captureReply(bot: Target): Promise<string> {
  const reply = await postSigned(bot.url, BODY, 'application/x-www-form-urlencoded', {
    secret: SIGNING_SECRET,
  });
  const json = reply.status === 200 ? (JSON.parse(reply.body) as Record<string, unknown>) : {};
  if (json.response_type !== 'in_channel' || !String(json.text).includes('503')) {
    throw new Error(`the bot's answer to /http 503 is not a 503 card (${reply.status}): ${reply.body}`);
  }
  return reply.body;
}

const fixed = (value: number | undefined, digits: number, width: number) =>
  (value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits)).padStart(width);

function sideColumns(f: RoundFigures): string {
  return `${fixed(f.requestsPerSec, 0, 7)} ${fixed(f.p50Ms, 2, 7)} ${fixed(f.p99Ms, 2, 7)} ${fixed(f.cpuUsPerRequest, 0, 7)}`;
}

export default async function run(): Promise<void> {
  ensureBuilt();
  console.log(`machine: ${loadLine()} (start)`);
  const dataDir = benchTempDir('bench-slack-');
  let api: FakeSlackApi | undefined;
  const started: BenchProcess[] = [];
  try {
    api = await startFakeSlackApi();
    const env = {
      ...baseEnv(),
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      DATABASE_PATH: join(dataDir, 'bot.sqlite'),
    };
    const bot = await startTarget('bot', BOT_MAIN, env, dataDir, started);
    const reply = await captureReply(bot);
    const bare = await startTarget(
      'bare Bolt',
      BARE_SDK_APP,
      { ...env, BENCH_SLASH_REPLY: reply },
      dataDir,
      started,
    );
    const generator = spawnNode('load generator', [SLACK_LOAD_GENERATOR], {
      cwd: dataDir,
      env: baseEnv(),
      ipc: true,
    });
    started.push(generator);

    for (const target of [bot, bare]) await round(generator, target, WARMUP, reply);

    console.log(
      `\n## signed /http 503 over loopback, whole processes: ${ROUNDS} rounds x ${REQUESTS} requests, concurrency ${CONCURRENCY}, after ${WARMUP} warm-up each`,
    );
    console.log(`answer: ${reply.length} bytes, identical from both sides (checked on every request)`);
    const heads = ['req/s', 'p50 ms', 'p99 ms', 'CPU µs'].map((h) => h.padStart(7)).join(' ');
    console.log(`${''.padEnd(12)} | ${'bot'.padEnd(31)} | ${'bare Bolt app'.padEnd(31)} | bot / bare`);
    console.log(
      `${'round'.padEnd(12)} | ${heads} | ${heads} | ${'req/s'.padStart(11)} ${'p99'.padStart(10)}`,
    );
    const botRounds: RoundFigures[] = [];
    const bareRounds: RoundFigures[] = [];
    const throughputRatios: number[] = [];
    const p99Ratios: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const botFirst = r % 2 === 0;
      // Alternating order, so a drift in the machine's load lands on both sides alike.
      const first = await round(generator, botFirst ? bot : bare, REQUESTS, reply);
      const second = await round(generator, botFirst ? bare : bot, REQUESTS, reply);
      const [b, base] = botFirst ? [first, second] : [second, first];
      botRounds.push(b);
      bareRounds.push(base);
      throughputRatios.push(b.requestsPerSec / base.requestsPerSec);
      p99Ratios.push(b.p99Ms / base.p99Ms);
      console.log(
        `${`${r + 1} ${botFirst ? 'bot first' : 'bare first'}`.padEnd(12)} | ${sideColumns(b)} | ${sideColumns(base)} | ${ratio(b.requestsPerSec, base.requestsPerSec).padStart(11)} ${ratio(b.p99Ms, base.p99Ms).padStart(10)}`,
      );
    }
    const medianOf = (rounds: RoundFigures[]): RoundFigures => {
      const cpu = rounds.map((f) => f.cpuUsPerRequest).filter((v): v is number => v !== undefined);
      return {
        requestsPerSec: median(rounds.map((f) => f.requestsPerSec)),
        p50Ms: median(rounds.map((f) => f.p50Ms)),
        p99Ms: median(rounds.map((f) => f.p99Ms)),
        cpuUsPerRequest: cpu.length > 0 ? median(cpu) : undefined,
      };
    };
    const botMedian = medianOf(botRounds);
    const bareMedian = medianOf(bareRounds);
    console.log(
      `${'median'.padEnd(12)} | ${sideColumns(botMedian)} | ${sideColumns(bareMedian)} | ${`x${median(throughputRatios).toFixed(2)}`.padStart(11)} ${`x${median(p99Ratios).toFixed(2)}`.padStart(10)}`,
    );
    const botMemory = memoryOf(bot.proc.pid);
    const bareMemory = memoryOf(bare.proc.pid);
    console.log(
      `\nthroughput: bot ${botMedian.requestsPerSec.toFixed(0)} req/s vs bare Bolt ${bareMedian.requestsPerSec.toFixed(0)} req/s: ratio x${median(throughputRatios).toFixed(2)} (median of per-round ratios; ratio of medians ${ratio(botMedian.requestsPerSec, bareMedian.requestsPerSec)}; target >= x0.90)`,
    );
    console.log(
      `p99: bot ${botMedian.p99Ms.toFixed(2)} ms vs bare ${bareMedian.p99Ms.toFixed(2)} ms: ratio x${median(p99Ratios).toFixed(2)}; CPU per request: bot ${fixed(botMedian.cpuUsPerRequest, 0, 0)} µs vs bare ${fixed(bareMedian.cpuUsPerRequest, 0, 0)} µs: ratio ${ratio(botMedian.cpuUsPerRequest, bareMedian.cpuUsPerRequest)}`,
    );
    console.log(
      `peak RSS after the run: bot ${mb(botMemory?.peakRss ?? Number.NaN)} vs bare ${mb(bareMemory?.peakRss ?? Number.NaN)}: ratio ${ratio(botMemory?.peakRss, bareMemory?.peakRss)}`,
    );
    generator.child.disconnect();
    await generator.exited;
  } finally {
    for (const proc of started) {
      const ended = await proc.stop();
      if (ended !== 0 && proc.label === 'bot') console.log(`note: the bot ended with ${ended} on SIGTERM`);
    }
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`machine: ${loadLine()} (end)`);
  }
}
