/**
 * A complete instance whose platform is the real Slack adapter (real Bolt app over HTTP) talking to a
 * fake Web API, plus signed slash commands sent to it the way Slack sends them.
 */
import type { Logger } from 'pino';
import { SLACK_EVENTS_PATH, startSlack } from '../../adapters/slack/startSlack.js';
import type { StatusCore } from '../../src/core/answer.js';
import type { FakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import {
  eventCallbackBody,
  postSigned,
  type SlackHttpResponse,
  slashCommandBody,
} from '../adapters/slack/signedSlackRequests.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/slackHarness.js';
import { type Instance, type InstanceDatabase, startInstance } from './composeInstance.js';

/** An instance serving Slack, and how to talk to it. */
export interface SlackInstance extends Instance {
  /** Sends `/http <text>` from `user` in `channel`; resolves with Bolt's HTTP answer (the ack). */
  slash(text: string, where: { channel: string; user: string }): Promise<SlackHttpResponse>;
  /** Delivers one Events API event (a channel message, say) to this instance, signed. */
  event(event: Record<string, unknown>): Promise<SlackHttpResponse>;
}

export async function startSlackInstance(options: {
  api: FakeSlackApi;
  database: InstanceDatabase;
  core: StatusCore;
  logger: Logger;
  now: () => Date;
  env?: Record<string, string>;
}): Promise<SlackInstance> {
  let eventsUrl = '';
  const instance = await startInstance({
    ...options,
    connect: async (ctx) => {
      const slack = await startSlack(
        ctx,
        { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: options.api.apiUrl },
        { port: 0, host: '127.0.0.1' },
      );
      eventsUrl = `http://127.0.0.1:${slack.port ?? 0}${SLACK_EVENTS_PATH}`;
      return slack;
    },
  });
  let commands = 0;
  return {
    ...instance,
    slash: (text, where) => {
      commands += 1;
      return postSigned(
        eventsUrl,
        slashCommandBody({
          text,
          channel: where.channel,
          user: where.user,
          responseUrl: options.api.responseUrl(`cmd-${commands}`),
        }),
        'application/x-www-form-urlencoded',
        { secret: SIGNING_SECRET },
      );
    },
    event: (event) =>
      postSigned(eventsUrl, eventCallbackBody(event), 'application/json', { secret: SIGNING_SECRET }),
  };
}
