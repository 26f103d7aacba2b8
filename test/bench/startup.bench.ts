/**
 * `npm run bench -- startup`: start-up as whole processes, in each mode the bot runs in (Slack HTTP,
 * Slack Socket Mode, Discord, Slack HTTP + Discord), against a bare SDK app process in the same mode
 * making the same connections (`wholeProcess/bareSdkApp.mjs`), both against fresh fakes on 127.0.0.1.
 *
 * Ready means the same for both sides in every mode: the first 200 from `GET /healthz` (`PORT` is set,
 * as on a host that health-checks). Both serve it once their platforms are connected (Socket Mode:
 * after Slack's hello; Discord: after the client is ready); with Slack HTTP + Discord, where /healthz is
 * Bolt's and answers before Discord logs in, ready is the later of /healthz and the fake gateway seeing
 * IDENTIFY. Timed from
 * the spawn call; bot and baseline alternate, N runs each after one warm-up each; the bot reopens an
 * existing SQLite file, as on a restart. Also printed: CPU time to ready and peak RSS (VmHWM) at ready,
 * and when the fake saw the platform connection (IDENTIFY, `apps.connections.open`). Never asserted.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { FAKE_IDS, FakeDiscord } from '../adapters/discord/fakeDiscord.js';
import { startFakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import { FakeSocketMode } from '../adapters/slack/fakeSocketMode.js';
import { freePort } from '../support/spawnBot.js';
import { baseEnv, benchTempDir, spawnNode } from './wholeProcess/benchProcess.js';
import { BARE_SDK_APP, BOT_MAIN, ensureBuilt, waitForHealthz } from './wholeProcess/builtBot.js';
import { envInt, mb, median, ms, ratio, spread } from './wholeProcess/figures.js';
import { cpuMsOf, loadLine, memoryOf } from './wholeProcess/procStats.js';

const RUNS = envInt('BENCH_STARTUP_RUNS', 10);
/** A connection the fake never saw is reported missing after this long, instead of hanging. */
const CONNECT_WAIT_MS = 60_000;

interface Mode {
  key: string;
  name: string;
  slack?: 'http' | 'socket';
  discord?: boolean;
  /** What the fake records as the moment the platform connection starts, if there is one. */
  connectLabel?: string;
  /**
   * Ready also waits for that connection. With Slack over HTTP, /healthz is Bolt's and answers as soon as
   * Slack is up, before Discord logs in (on both sides), so /healthz alone would leave Discord out.
   */
  readyWaitsForConnect?: boolean;
}

const MODES: Mode[] = [
  { key: 'slack-http', name: 'Slack HTTP', slack: 'http' },
  {
    key: 'slack-socket',
    name: 'Slack Socket Mode',
    slack: 'socket',
    connectLabel: 'fake saw apps.connections.open',
  },
  { key: 'discord', name: 'Discord', discord: true, connectLabel: 'fake gateway saw IDENTIFY' },
  {
    key: 'slack-discord',
    name: 'Slack HTTP + Discord',
    slack: 'http',
    discord: true,
    connectLabel: 'fake gateway saw IDENTIFY',
    readyWaitsForConnect: true,
  },
];

type Side = 'bot' | 'bare';

/** One start-up's figures. */
interface StartFigures {
  readyMs: number;
  connectMs: number | undefined;
  cpuMs: number | undefined;
  peakRss: number | undefined;
}

interface Fakes {
  env: NodeJS.ProcessEnv;
  /** `process.hrtime.bigint()` when the fake saw the platform connection start. */
  connectSeen: Promise<bigint | undefined> | undefined;
  stop(): Promise<void>;
}

const seenAt = <T>(promise: Promise<T>): Promise<bigint | undefined> =>
  promise.then(
    () => process.hrtime.bigint(),
    () => undefined,
  );

/** Fresh fakes for one start: whatever the mode connects to. */
async function startFakes(mode: Mode): Promise<Fakes> {
  const stops: (() => Promise<void>)[] = [];
  const env: NodeJS.ProcessEnv = {};
  let connectSeen: Promise<bigint | undefined> | undefined;
  try {
    if (mode.slack) {
      const api = await startFakeSlackApi();
      stops.push(() => api.stop());
      Object.assign(env, {
        SLACK_BOT_TOKEN: 'xoxb-bench-token',
        SLACK_SIGNING_SECRET: 'bench-signing-secret-0123456789',
        SLACK_API_URL: api.apiUrl,
      });
      if (mode.slack === 'socket') {
        const socket = await new FakeSocketMode(api).start();
        // Closed before the Web API: it waits for the client's close handshake.
        stops.unshift(() => socket.stop());
        env.SLACK_APP_TOKEN = 'xapp-bench-token';
        connectSeen = seenAt(api.waitForCall('apps.connections.open', 1, CONNECT_WAIT_MS));
      }
    }
    if (mode.discord) {
      const discord = await new FakeDiscord().start();
      stops.push(() => discord.stop());
      Object.assign(env, {
        DISCORD_TOKEN: 'bench.discord.token',
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_API_URL: discord.restApi,
      });
      connectSeen = seenAt(discord.waitUntil(() => discord.identifies[0], 'IDENTIFY', CONNECT_WAIT_MS));
    }
  } catch (error) {
    for (const stop of stops) await stop();
    throw error;
  }
  return {
    env,
    connectSeen,
    async stop() {
      for (const stop of stops) await stop();
    },
  };
}

/** Spawns one side against fresh fakes, waits for /healthz, reads its figures and stops it. */
async function startOnce(side: Side, mode: Mode, dataDir: string): Promise<StartFigures> {
  const fakes = await startFakes(mode);
  try {
    const port = await freePort();
    const proc = spawnNode(
      side === 'bot' ? 'bot' : 'bare SDK app',
      [side === 'bot' ? BOT_MAIN : BARE_SDK_APP],
      {
        cwd: dataDir,
        env: {
          ...baseEnv(),
          ...fakes.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_PATH: join(dataDir, `${mode.key}.sqlite`),
        },
      },
    );
    try {
      const healthyAt = await waitForHealthz(proc, `http://127.0.0.1:${port}/healthz`);
      const connectAt = fakes.connectSeen ? await fakes.connectSeen : undefined;
      if (mode.readyWaitsForConnect && connectAt === undefined) {
        throw new Error(
          `${proc.label} (${mode.name}): the fake never saw ${mode.connectLabel}:\n${proc.output()}`,
        );
      }
      const readyAt =
        mode.readyWaitsForConnect && connectAt !== undefined && connectAt > healthyAt ? connectAt : healthyAt;
      const memory = memoryOf(proc.pid);
      const cpuMs = cpuMsOf(proc.pid);
      return {
        readyMs: Number(readyAt - proc.spawnedAt) / 1e6,
        connectMs: connectAt === undefined ? undefined : Number(connectAt - proc.spawnedAt) / 1e6,
        cpuMs,
        peakRss: memory?.peakRss,
      };
    } finally {
      const ended = await proc.stop();
      // 'SIGTERM': stopped before it had installed its handler (with Slack HTTP + Discord, ready comes
      // at IDENTIFY, a moment before start-up returns). Anything else is worth a look.
      if (ended !== 0 && ended !== 'SIGTERM') {
        console.log(`note: ${proc.label} (${mode.name}) ended with ${ended} on SIGTERM`);
      }
    }
  } finally {
    await fakes.stop();
  }
}

const defined = (values: (number | undefined)[]): number[] =>
  values.filter((v): v is number => v !== undefined);

interface ModeSummary {
  mode: Mode;
  bot: StartFigures[];
  bare: StartFigures[];
}

function printMode({ mode, bot, bare }: ModeSummary): void {
  const row = (label: string, values: number[], format: (v: number) => string) =>
    console.log(`${label.padEnd(36)} ${spread(values, format)}`);
  const pairwise = bot.map((b, i) => b.readyMs / bare[i]!.readyMs);
  const readyMeans = mode.readyWaitsForConnect
    ? `first 200 from GET /healthz and ${mode.connectLabel}, whichever is later`
    : 'first 200 from GET /healthz';
  console.log(
    `\n## ${mode.name}: spawn -> ${readyMeans}; ${RUNS} runs each, alternating (min / median / max)`,
  );
  row(
    'bot  ready',
    bot.map((f) => f.readyMs),
    ms,
  );
  row(
    'bare ready',
    bare.map((f) => f.readyMs),
    ms,
  );
  console.log(
    `${'ready ratio bot / bare'.padEnd(36)} ${ratio(median(bot.map((f) => f.readyMs)), median(bare.map((f) => f.readyMs)))} of medians (median of pairwise ratios x${median(pairwise).toFixed(2)}; target <= x1.20)`,
  );
  const botCpu = defined(bot.map((f) => f.cpuMs));
  const bareCpu = defined(bare.map((f) => f.cpuMs));
  row('bot  CPU time to ready', botCpu, ms);
  row('bare CPU time to ready', bareCpu, ms);
  console.log(`${'CPU ratio bot / bare'.padEnd(36)} ${ratio(median(botCpu), median(bareCpu))} of medians`);
  const botRss = defined(bot.map((f) => f.peakRss));
  const bareRss = defined(bare.map((f) => f.peakRss));
  row('bot  peak RSS at ready (VmHWM)', botRss, mb);
  row('bare peak RSS at ready (VmHWM)', bareRss, mb);
  console.log(`${'RSS ratio bot / bare'.padEnd(36)} ${ratio(median(botRss), median(bareRss))} of medians`);
  if (mode.connectLabel) {
    row(`bot  ${mode.connectLabel}`, defined(bot.map((f) => f.connectMs)), ms);
    row(`bare ${mode.connectLabel}`, defined(bare.map((f) => f.connectMs)), ms);
  }
}

export default async function run(): Promise<void> {
  ensureBuilt();
  const wanted = process.env.BENCH_STARTUP_MODES?.split(',').map((m) => m.trim());
  const modes = wanted ? MODES.filter((m) => wanted.includes(m.key)) : MODES;
  console.log(`machine: ${loadLine()} (start)`);
  const dataDir = benchTempDir('bench-startup-');
  const summaries: ModeSummary[] = [];
  try {
    for (const mode of modes) {
      // Warm-up, not counted: fills the page cache for both and creates the bot's database file.
      await startOnce('bot', mode, dataDir);
      await startOnce('bare', mode, dataDir);
      const summary: ModeSummary = { mode, bot: [], bare: [] };
      for (let i = 0; i < RUNS; i++) {
        // Alternating which goes first, so a drift in the machine's load lands on both sides alike.
        const order: Side[] = i % 2 === 0 ? ['bot', 'bare'] : ['bare', 'bot'];
        for (const side of order) summary[side].push(await startOnce(side, mode, dataDir));
      }
      summaries.push(summary);
      printMode(summary);
    }
    console.log('\n## start-up summary (medians; ratios bot / bare)');
    console.log(
      `${'mode'.padEnd(22)} ${'bot ready'.padStart(10)} ${'bare ready'.padStart(10)} ${'ready'.padStart(6)} ${'CPU'.padStart(6)} ${'bot RSS'.padStart(9)} ${'bare RSS'.padStart(9)} ${'RSS'.padStart(6)}`,
    );
    for (const { mode, bot, bare } of summaries) {
      const m = (figures: StartFigures[], pick: (f: StartFigures) => number | undefined) =>
        median(defined(figures.map(pick)));
      console.log(
        `${mode.name.padEnd(22)} ${ms(m(bot, (f) => f.readyMs)).padStart(10)} ${ms(m(bare, (f) => f.readyMs)).padStart(10)} ${ratio(
          m(bot, (f) => f.readyMs),
          m(bare, (f) => f.readyMs),
        ).padStart(6)} ${ratio(
          m(bot, (f) => f.cpuMs),
          m(bare, (f) => f.cpuMs),
        ).padStart(
          6,
        )} ${mb(m(bot, (f) => f.peakRss)).padStart(9)} ${mb(m(bare, (f) => f.peakRss)).padStart(9)} ${ratio(
          m(bot, (f) => f.peakRss),
          m(bare, (f) => f.peakRss),
        ).padStart(6)}`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`machine: ${loadLine()} (end)`);
  }
}
