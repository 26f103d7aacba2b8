/**
 * `npm run bench -- slack`: signed `/http 503` slash commands through the real Bolt HTTP receiver on
 * loopback, for the full bot (`startSlack` + core + renderer) beside a bare Bolt app whose handler
 * only acks, in the same run. Prints requests/s, p50/p99 latency and the throughput ratio.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { pino } from 'pino';
import { startSlack } from '../../adapters/slack/startSlack.js';
import { toBoltLogger } from '../../adapters/slack/toBoltLogger.js';
import { startFakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import { slackSignatureHeaders, slashCommandBody } from '../adapters/slack/signedSlackRequests.js';
import { BOT_TOKEN, realCore, SIGNING_SECRET } from '../adapters/slack/slackHarness.js';
import { formatNs, printTable, summarize, type Timing } from './measure.js';

const REQUESTS = 2_000;
const CONCURRENCY = 8;
const WARMUP = 200;
const ROUNDS = 4;

interface Target {
  label: string;
  url: string;
  stop(): Promise<void>;
}

/** Sends `count` requests with `concurrency` in flight; returns per-request latencies and the wall time. */
async function load(
  url: string,
  count: number,
  concurrency: number,
): Promise<{ samples: number[]; wallNs: number }> {
  const body = slashCommandBody({ text: '503', responseUrl: 'http://127.0.0.1:9/unused' });
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      // Signed per request, as Slack does; both targets pay the same cost.
      const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        ...slackSignatureHeaders(SIGNING_SECRET, body),
      };
      const start = process.hrtime.bigint();
      const response = await fetch(url, { method: 'POST', headers, body });
      const text = await response.text();
      samples.push(Number(process.hrtime.bigint() - start));
      if (response.status !== 200 || !text.includes('in_channel'))
        throw new Error(`bad answer ${response.status}: ${text.slice(0, 200)}`);
    }
  };
  const wallStart = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { samples, wallNs: Number(process.hrtime.bigint() - wallStart) };
}

async function startBareBolt(apiUrl: string): Promise<Target> {
  const logger = toBoltLogger(pino({ level: 'silent' }));
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logger });
  const app = new App({
    token: BOT_TOKEN,
    receiver,
    logger,
    deferInitialization: true,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
  });
  await app.init();
  app.command('/http', async ({ ack }) => {
    await ack({ response_type: 'in_channel', text: '503' });
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return {
    label: 'bare Bolt app (ack only)',
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: async () => {
      await app.stop();
    },
  };
}

async function startBot(apiUrl: string): Promise<Target> {
  const slack = await startSlack(
    { core: realCore(), logger: pino({ level: 'silent' }), defaultLocale: 'en' },
    { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl },
    { port: 0, host: '127.0.0.1' },
  );
  return {
    label: 'bot: /http 503 card (startSlack)',
    url: `http://127.0.0.1:${slack.port}/slack/events`,
    stop: () => slack.stop(),
  };
}

export default async function run(): Promise<void> {
  const api = await startFakeSlackApi();
  const targets = [await startBareBolt(api.apiUrl), await startBot(api.apiUrl)];
  try {
    for (const target of targets) await load(target.url, WARMUP, CONCURRENCY);
    const samples = new Map<string, number[]>(targets.map((t) => [t.label, []]));
    const walls = new Map<string, number>(targets.map((t) => [t.label, 0]));
    // Interleaved rounds in alternating order, so a noisy moment on the shared machine (or whatever
    // the previous run left to collect) hits both sides alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
        const result = await load(target.url, REQUESTS, CONCURRENCY);
        samples.get(target.label)?.push(...result.samples);
        walls.set(target.label, (walls.get(target.label) ?? 0) + result.wallNs);
      }
    }
    const rows: Timing[] = targets.map((t) => {
      const timing = summarize(t.label, samples.get(t.label) ?? [], REQUESTS * ROUNDS);
      // Throughput is requests over wall time with 8 in flight, not 1/mean latency.
      return { ...timing, opsPerSec: (REQUESTS * ROUNDS * 1e9) / (walls.get(t.label) ?? 1) };
    });
    printTable(
      `signed /http 503 over loopback, ${REQUESTS} x ${ROUNDS} requests, concurrency ${CONCURRENCY}`,
      rows,
      rows[0],
    );
    const [bare, bot] = rows;
    if (bare && bot) {
      console.log(
        `throughput: bot ${bot.opsPerSec.toFixed(0)} req/s vs bare ${bare.opsPerSec.toFixed(0)} req/s -> ratio ${(bot.opsPerSec / bare.opsPerSec).toFixed(2)} (target >= 0.9); p99 bot ${formatNs(bot.p99)} vs bare ${formatNs(bare.p99)}`,
      );
    }
  } finally {
    for (const target of targets) await target.stop();
    await api.stop();
  }
}
