import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import type { RunningAdapter } from '../../src/app/contracts.js';
import { InFlightWork } from '../../src/app/inFlightWork.js';
import { runningAdapter } from '../../src/app/runningAdapter.js';
import type { SlackConfig } from '../../src/config.js';
import { createPosterClient, createSlackPoster } from './createSlackPoster.js';
import { registerSlackListeners } from './registerSlackListeners.js';
import type { SlackContext } from './slackContext.js';
import { platformErrorOf, SlackStartError, toAuthFailure } from './slackStartError.js';
import { toBoltLogger } from './toBoltLogger.js';

/** The path Slack posts events, slash commands and interactivity to (see manifest.yml). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** How long shutdown waits for listeners still running (SIGTERM must exit within 10 s overall). */
const DRAIN_TIMEOUT_MS = 7_000;

/**
 * Web API retries: a few quick ones. The library default retries for about 30 minutes, which would
 * hang start-up and shutdown behind an outage instead of failing.
 */
const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 };
const WEB_API_TIMEOUT_MS = 10_000;

/**
 * Starts the Slack adapter: over HTTP (Events API, slash commands and interactivity on
 * `/slack/events`, plus `GET /healthz`) or, when `config.appToken` is set, over Socket Mode. The bot
 * token is verified with `auth.test` first; a rejected token fails with `SLACK_AUTH_FAILED`.
 */
export async function startSlack(
  ctx: SlackContext,
  config: SlackConfig,
  http: { port: number; host: string } | undefined,
): Promise<RunningAdapter> {
  const logger = toBoltLogger(ctx.logger);
  const clientOptions = {
    retryConfig: { ...RETRY_CONFIG },
    timeout: WEB_API_TIMEOUT_MS,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  };
  const socketMode = config.appToken !== undefined;
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        logger,
        customRoutes: [
          {
            path: '/healthz',
            method: ['GET'],
            handler: (_req, res) => {
              res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
            },
          },
        ],
      });
  const app = new App({
    token: config.botToken,
    logger,
    clientOptions,
    // Without this, auth.test runs un-awaited in the constructor and a bad token becomes an
    // unhandled rejection; with it, init() below surfaces the failure where we can catch it.
    deferInitialization: true,
    ...(socketMode ? { socketMode: true, appToken: config.appToken } : { receiver }),
  });

  try {
    await app.init();
  } catch (error) {
    throw toAuthFailure(error);
  }

  const inFlight = new InFlightWork();
  app.use(async ({ next }) => {
    await inFlight.track(next);
  });
  registerSlackListeners(app, ctx);
  app.error(async (error) => {
    ctx.logger.error(
      { err: error, code: (error as { code?: unknown }).code },
      'slack: unhandled error in Bolt',
    );
  });

  // Only once connected: the scheduler must not post through an adapter that failed to start.
  const registerPoster = () =>
    ctx.registerPoster?.(
      createSlackPoster(createPosterClient(config.botToken, { ...clientOptions, logger })),
    );

  if (socketMode) {
    try {
      await app.start();
    } catch (error) {
      await app.stop().catch(() => {});
      throw startFailure(error);
    }
    registerPoster();
    return runningAdapter({ stop: () => stopApp(app, inFlight, undefined) });
  }

  const port = http?.port ?? 3000;
  const host = http?.host ?? '0.0.0.0';
  let server: Server;
  try {
    server = (await app.start({ port, host })) as Server;
  } catch (error) {
    throw new SlackStartError(
      'SLACK_START_FAILED',
      `Could not listen on ${host}:${port} for Slack (${(error as Error).message}).`,
    );
  }
  registerPoster();
  return runningAdapter({
    port: (server.address() as AddressInfo).port,
    stop: () => stopApp(app, inFlight, server),
  });
}

async function stopApp(app: App, inFlight: InFlightWork, server: Server | undefined): Promise<void> {
  // Stop accepting first; requests already on the wire finish, then the listeners they started.
  const closing = app.stop();
  server?.closeIdleConnections();
  await inFlight.drain(DRAIN_TIMEOUT_MS);
  const force = setTimeout(() => server?.closeAllConnections(), 1_000);
  force.unref();
  try {
    await closing;
  } finally {
    clearTimeout(force);
  }
}

function startFailure(error: unknown): SlackStartError {
  const slackError = platformErrorOf(error);
  if (slackError === 'invalid_auth' || slackError === 'not_authed') {
    return new SlackStartError(
      'SLACK_AUTH_FAILED',
      `Slack rejected SLACK_APP_TOKEN (${slackError}). Check that it is an app-level token (xapp-...) with the connections:write scope.`,
      slackError,
    );
  }
  const detail = slackError ?? (error instanceof Error ? error.message : String(error));
  return new SlackStartError(
    'SLACK_START_FAILED',
    `Could not open the Slack Socket Mode connection (${detail}).`,
  );
}
