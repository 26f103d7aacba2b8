import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const slack = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shhh-secret-value' };
const discord = { DISCORD_TOKEN: 'discord.token.value', DISCORD_APPLICATION_ID: '100000000000000001' };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('given no variables then it runs the console defaults: no platform, no port, Korean, 09:00 Seoul', () => {
    const config = loadConfig({});
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.port).toBeUndefined();
    expect(config.defaultLocale).toBe('ko');
    expect(config.dailyTime).toBe('09:00');
    expect(config.dailyTimeZone).toBe('Asia/Seoul');
    expect(config.autoExplain).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('given empty variables then they count as unset', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '  ',
      DEFAULT_LOCALE: '',
      PORT: '',
    });
    expect(config.slack).toBeUndefined();
    expect(config.defaultLocale).toBe('ko');
  });

  it('given Slack HTTP credentials then Slack runs in HTTP mode on port 3000 by default', () => {
    const config = loadConfig(slack);
    expect(config.slack).toEqual({
      botToken: slack.SLACK_BOT_TOKEN,
      signingSecret: slack.SLACK_SIGNING_SECRET,
    });
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
  });

  it('given an app token too then Slack uses Socket Mode and needs no port', () => {
    const config = loadConfig({ ...slack, SLACK_APP_TOKEN: 'xapp-1-A1-xyz' });
    expect(config.slack?.appToken).toBe('xapp-1-A1-xyz');
    expect(config.port).toBeUndefined();
  });

  it('given PORT then the health server port is set even without Slack', () => {
    expect(loadConfig({ ...discord, PORT: '8081' }).port).toBe(8081);
  });

  it('given several mistakes then one error lists every problem', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxb-only',
      DISCORD_APPLICATION_ID: 'not-a-number',
      DEFAULT_LOCALE: 'fr',
      DAILY_TIME: '25:00',
      DAILY_TZ: 'Mars/Olympus',
      PORT: 'eighty',
    });
    const joined = problems.join('\n');
    expect(joined).toContain('DISCORD_APPLICATION_ID');
    expect(joined).toContain('DEFAULT_LOCALE');
    expect(joined).toContain('DAILY_TIME');
    expect(joined).toContain('DAILY_TZ');
    expect(joined).toContain('PORT');
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });

  it('given half of a credential pair then the missing half is named', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toEqual([
      'SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set',
    ]);
    expect(problemsOf({ DISCORD_TOKEN: 'discord.token.value' })).toEqual([
      'DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set',
    ]);
  });

  it('given a malformed secret then the message never echoes its value', () => {
    const secret = 'xoxp-this-is-a-user-token-not-a-bot-token';
    const problems = problemsOf({ SLACK_BOT_TOKEN: secret, SLACK_SIGNING_SECRET: 'shhh-secret-value' });
    expect(problems.join('\n')).toContain('SLACK_BOT_TOKEN');
    expect(problems.join('\n')).not.toContain(secret);
  });

  it('given a DATABASE_URL that is not PostgreSQL then it is refused', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://root@localhost/db' }).join()).toContain('DATABASE_URL');
  });
});
