/**
 * The baseline of the whole-process benchmarks: a bare SDK app that reads the same environment as the
 * bot and makes the same connections in the same order (Slack, then Discord, then the health server
 * when Slack does not serve /healthz), with nothing of the bot's own: no dataset, no store, no core.
 *
 * - Slack over HTTP: a Bolt `App` with an `HTTPReceiver` on `/slack/events` and a `/healthz` route.
 * - Slack Socket Mode (`SLACK_APP_TOKEN`): a Socket Mode Bolt app, then a plain `/healthz` server.
 * - Discord: a discord.js client with the bot's intents that logs in and waits for ready.
 * `/http` is acked with `BENCH_SLASH_REPLY` (JSON), the bot's own answer captured by the benchmark, so a
 * throughput comparison weighs the bot's work and nothing else.
 *
 * Plain JavaScript on purpose: the bot runs compiled, so the baseline must not pay a TypeScript loader.
 * SIGTERM stops everything and exits 0, as the bot does.
 */
import { createServer } from 'node:http';

const env = process.env;
const port = env.PORT ? Number(env.PORT) : undefined;
const host = env.HOST || '0.0.0.0';
const slashReply = env.BENCH_SLASH_REPLY
  ? JSON.parse(env.BENCH_SLASH_REPLY)
  : { response_type: 'in_channel', text: 'ok' };
const healthBody = '{"status":"ok"}';
/** @type {Array<() => Promise<unknown>>} */
const stops = [];

const slackHttp = Boolean(env.SLACK_BOT_TOKEN) && !env.SLACK_APP_TOKEN;

if (env.SLACK_BOT_TOKEN) {
  const { App, HTTPReceiver } = await import('@slack/bolt');
  const clientOptions = {
    // As the bot: a few quick retries instead of the library's half hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
    timeout: 10_000,
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
  };
  const receiver = slackHttp
    ? new HTTPReceiver({
        signingSecret: env.SLACK_SIGNING_SECRET,
        endpoints: '/slack/events',
        customRoutes: [
          {
            path: '/healthz',
            method: ['GET'],
            handler: (_req, res) => {
              res.writeHead(200, { 'content-type': 'application/json' }).end(healthBody);
            },
          },
        ],
      })
    : undefined;
  const app = new App({
    token: env.SLACK_BOT_TOKEN,
    clientOptions,
    deferInitialization: true,
    ...(slackHttp ? { receiver } : { socketMode: true, appToken: env.SLACK_APP_TOKEN }),
  });
  await app.init();
  app.command('/http', async ({ ack }) => {
    await ack(slashReply);
  });
  if (slackHttp) await app.start({ port: port ?? 3000, host });
  else await app.start();
  stops.push(() => app.stop());
}

if (env.DISCORD_TOKEN) {
  const { Client, Events, GatewayIntentBits } = await import('discord.js');
  const client = new Client({
    // The bot's intents with auto-explain on (its default).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    ...(env.DISCORD_API_URL ? { rest: { api: env.DISCORD_API_URL } } : {}),
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(env.DISCORD_TOKEN);
  await ready;
  stops.push(() => client.destroy());
}

if (port !== undefined && !slackHttp) {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(healthBody);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  stops.push(
    () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  );
}

process.once('SIGTERM', () => {
  Promise.allSettled(stops.map((stop) => stop())).then(() => process.exit(0));
});
