/** Why the Slack adapter could not start. Messages are for the operator and never contain a token. */
export type SlackStartErrorCode = 'SLACK_AUTH_FAILED' | 'SLACK_START_FAILED';

/** A start-up failure of the Slack adapter, with the Slack error code (e.g. `invalid_auth`) when known. */
export class SlackStartError extends Error {
  constructor(
    readonly code: SlackStartErrorCode,
    message: string,
    /** Slack's own error string, such as `invalid_auth` or `account_inactive`. */
    readonly slackError?: string,
  ) {
    super(message);
    this.name = 'SlackStartError';
  }
}

const AUTH_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/** Turns whatever `auth.test` (via `app.init()`) threw into a clear, token-free start-up error. */
export function toAuthFailure(error: unknown): SlackStartError {
  const slackError = platformErrorOf(error);
  if (slackError && AUTH_ERRORS.has(slackError)) {
    return new SlackStartError(
      'SLACK_AUTH_FAILED',
      `Slack rejected SLACK_BOT_TOKEN (${slackError}). Check that the token is the app's current Bot User OAuth Token (xoxb-...) and that the app is installed in the workspace.`,
      slackError,
    );
  }
  const detail = slackError ?? (error instanceof Error ? error.message : String(error));
  return new SlackStartError(
    'SLACK_AUTH_FAILED',
    `Could not verify SLACK_BOT_TOKEN with Slack (auth.test failed: ${detail}). Check the network and SLACK_API_URL.`,
    slackError,
  );
}

/** Slack's error string of a Web API platform error (`{ data: { error } }`), if that is what it is. */
export function platformErrorOf(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
