/**
 * The Slack side of the HTTP conversation: signed requests exactly as Slack sends them (v0 HMAC over
 * `v0:<timestamp>:<raw body>`), for slash commands, Events API callbacks and interactivity.
 */
import { createHmac } from 'node:crypto';
import { FAKE_TEAM_ID } from './fakeSlackApi.js';

/** The two headers Slack signs a request with. */
export function slackSignatureHeaders(
  secret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

/** How to sign (or mis-sign) one request. */
export interface SigningOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Send no signature headers at all. */
  unsigned?: boolean;
}

export interface SlackHttpResponse {
  status: number;
  body: string;
  json(): Record<string, unknown>;
}

/** Posts `body` with the exact content type Bolt expects (S3: never with a charset suffix). */
export async function postSigned(
  url: string,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  signing: SigningOptions,
): Promise<SlackHttpResponse> {
  const headers: Record<string, string> = {
    'content-type': contentType,
    ...(signing.unsigned ? {} : slackSignatureHeaders(signing.secret, body, signing.timestamp)),
  };
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** The form body of a slash command, with the fields Slack sends. */
export function slashCommandBody(fields: {
  text: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  command?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'fake',
    channel_id: fields.channel ?? 'C0000CHAN',
    channel_name: 'ops',
    user_id: fields.user ?? 'U0000USER',
    user_name: 'ann',
    command: fields.command ?? '/http',
    text: fields.text,
    api_app_id: 'A0000APP',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

let eventCounter = 0;

/** An Events API `event_callback` body around `event`. */
export function eventCallbackBody(event: Record<string, unknown>): string {
  eventCounter += 1;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: 'A0000APP',
    type: 'event_callback',
    event_id: `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: 1_700_000_000 + eventCounter,
    event,
  });
}

/** Interactivity arrives as a form with one `payload` field holding JSON. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A `block_actions` payload for pressing one button of a message (ephemeral unless `ephemeral: false`). */
export function buttonPressPayload(fields: {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  /** False for a button on a message everyone in the channel sees (an in-channel card, a thread reply). */
  ephemeral?: boolean;
}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    user: { id: fields.user ?? 'U0000USER', username: 'ann', team_id: FAKE_TEAM_ID },
    api_app_id: 'A0000APP',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1800000000.000001',
      channel_id: fields.channel ?? 'C0000CHAN',
      is_ephemeral: fields.ephemeral ?? true,
    },
    trigger_id: '1.2.3',
    channel: { id: fields.channel ?? 'C0000CHAN', name: 'ops' },
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x', emoji: true },
        value: fields.value,
        action_ts: '1800000000.000002',
      },
    ],
  };
}
