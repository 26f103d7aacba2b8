import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS, discordInviteUrl } from '../../../adapters/discord/inviteUrl.js';

describe('the invite URL', () => {
  it('given an application id then it asks for the bot and commands scopes and the five channel permissions', () => {
    const url = new URL(discordInviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channels 1<<10, Send Messages 1<<11, Embed Links 1<<14, Read Message History 1<<16,
    // Send Messages in Threads 1<<38.
    const expected = (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 38n);
    expect(url.searchParams.get('permissions')).toBe(expected.toString());
    expect(BOT_PERMISSIONS).toBe(expected);
  });

  it('given SETUP.md then its invite URL is the one the code builds', () => {
    const setup = readFileSync('adapters/discord/SETUP.md', 'utf8');
    expect(setup).toContain(discordInviteUrl('APPLICATION_ID'));
  });
});
