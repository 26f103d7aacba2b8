import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/discordCommands.js';
import { registerCommands } from '../../../adapters/discord/registerCommands.js';
import { FAKE_IDS, FakeDiscord } from './fakeDiscord.js';

interface CommandBody {
  name: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  contexts?: number[];
  integration_types?: number[];
  options?: {
    name: string;
    type: number;
    required?: boolean;
    autocomplete?: boolean;
    name_localizations?: Record<string, string>;
    description_localizations?: Record<string, string>;
  }[];
}

function runRegisterScript(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Run from an empty directory so a developer's own .env cannot leak into the test.
    const tsx = pathToFileURL(resolvePath('node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', tsx, resolvePath('adapters/discord/register.ts')], {
      cwd: mkdtempSync(join(tmpdir(), 'discord-register-')),
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('command registration', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord({ rejectedTokens: [] }).start();
    fake.route('PUT', /^\/applications\/\d+\/commands$/, (call) =>
      call.headers.authorization === 'Bot rejected.token.value'
        ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
        : undefined,
    );
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('given a guild id then the commands are PUT to that guild, without the global-only fields', async () => {
    const result = await registerCommands({
      token: 'fake.bot.token',
      applicationId: FAKE_IDS.application,
      guildId: FAKE_IDS.guild,
      apiUrl: fake.restApi,
    });
    const put = await fake.waitForCall((c) => c.method === 'PUT' && c.path.includes('/guilds/'));
    expect(put.path).toBe(`/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`);
    expect(put.headers.authorization).toBe('Bot fake.bot.token');
    const sent = put.body as CommandBody[];
    expect(sent.map((c) => c.name)).toEqual(['http', 'httpconfig', 'Explain HTTP codes']);
    expect(sent.every((c) => c.contexts === undefined && c.integration_types === undefined)).toBe(true);
    expect(result.scope).toEqual({ kind: 'guild', guildId: FAKE_IDS.guild });
    expect(result.commands.map((c) => c.name)).toEqual(['http', 'httpconfig', 'Explain HTTP codes']);
    expect(result.commands[0]?.id).toMatch(/^\d+$/);
  });

  it('given no guild then the commands are PUT globally, /http with a Korean-localized autocomplete query and a private flag', async () => {
    const result = await registerCommands({
      token: 'fake.bot.token',
      applicationId: FAKE_IDS.application,
      apiUrl: fake.restApi,
    });
    const put = await fake.waitForCall(
      (c) => c.method === 'PUT' && c.path === `/applications/${FAKE_IDS.application}/commands`,
    );
    const [http] = put.body as CommandBody[];
    expect(http?.contexts).toEqual([0, 1]);
    expect(http?.description_localizations?.ko).toBeTruthy();
    const [queryOption, privateOption] = http?.options ?? [];
    expect(queryOption).toMatchObject({ name: 'query', type: 3, required: true, autocomplete: true });
    expect(queryOption?.name_localizations?.ko).toBeTruthy();
    expect(queryOption?.description_localizations?.ko).toBeTruthy();
    expect(privateOption).toMatchObject({ name: 'private', type: 5, required: false });
    expect(privateOption?.name_localizations?.ko).toBeTruthy();
    expect(result.scope).toEqual({ kind: 'global' });
  });

  it('given the definitions then every name and description fits Discord', () => {
    // Slash command and option names: 1-32 lowercase letters, digits, - or _. Menu names: 1-32 of anything.
    const slashNames: (string | null)[] = [];
    const menuNames: (string | null)[] = [];
    const descriptions: (string | null)[] = [];
    for (const command of commandDefinitions()) {
      const names = command.type === 3 ? menuNames : slashNames;
      names.push(command.name, ...Object.values(command.name_localizations ?? {}));
      if ('description' in command && command.description) {
        descriptions.push(command.description, ...Object.values(command.description_localizations ?? {}));
      }
      const options = 'options' in command ? [...(command.options ?? [])] : [];
      while (options.length > 0) {
        const option = options.shift()!;
        slashNames.push(option.name, ...Object.values(option.name_localizations ?? {}));
        descriptions.push(option.description, ...Object.values(option.description_localizations ?? {}));
        if ('options' in option) options.push(...(option.options ?? []));
      }
    }
    expect(menuNames).toEqual(['Explain HTTP codes', 'HTTP 코드 설명']);
    for (const name of slashNames) expect(name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
    for (const name of slashNames) expect(name).toBe(name?.toLowerCase());
    for (const name of menuNames) expect(name?.length).toBeLessThanOrEqual(32);
    for (const description of descriptions) expect(description?.length).toBeGreaterThan(0);
    for (const description of descriptions) expect(description?.length).toBeLessThanOrEqual(100);
  });

  it('given env for a guild then `npm run discord:register` registers there, prints the commands and exits 0', async () => {
    const run = await runRegisterScript({
      DISCORD_TOKEN: 'script.bot.token',
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_GUILD_ID: FAKE_IDS.guild,
      DISCORD_API_URL: fake.restApi,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`guild ${FAKE_IDS.guild}`);
    expect(run.stdout).toMatch(/http \(id \d+\)/);
    const put = await fake.waitForCall(
      (c) => c.method === 'PUT' && c.headers.authorization === 'Bot script.bot.token',
    );
    expect(put.path).toBe(`/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`);
  });

  it('given a token Discord rejects then the script exits 1 with advice and without the token', async () => {
    const run = await runRegisterScript({
      DISCORD_TOKEN: 'rejected.token.value',
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.restApi,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DISCORD_TOKEN');
    expect(`${run.stdout}${run.stderr}`).not.toContain('rejected.token.value');
  });

  it('given no Discord credentials then the script exits 1 and says what to set', async () => {
    const run = await runRegisterScript({});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set');
  });
});
