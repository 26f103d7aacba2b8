import { describe, expect, it } from 'vitest';
import { createAutoExplainService } from '../../../src/app/autoExplain/createAutoExplainService.js';
import type { InboundMessage } from '../../../src/app/contracts.js';
import type { Locale } from '../../../src/core/locale.js';
import type { Platform } from '../../../src/core/request.js';
import { realCore } from '../../support/realCore.js';

const T0 = new Date('2025-03-12T01:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function service(
  overrides: {
    enabled?: boolean;
    disabledChannels?: string[];
    locales?: Record<string, Locale>;
    now?: () => Date;
  } = {},
) {
  const asked: Array<[Platform, string]> = [];
  const svc = createAutoExplainService({
    core: realCore(),
    enabled: overrides.enabled ?? true,
    cooldownMinutes: 30,
    isChannelEnabled: async (platform, channel) => {
      asked.push([platform, channel]);
      return !(overrides.disabledChannels ?? []).includes(channel);
    },
    channelLocale: async (_platform, channel) => overrides.locales?.[channel] ?? 'ko',
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  return { svc, asked };
}

function message(text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  return {
    platform: 'slack',
    workspace: 'T1',
    channel: 'C1',
    messageId: `m${Math.random()}`,
    text,
    ...extra,
  };
}

describe('AutoExplainService.consider', () => {
  it('given an alert with a code then the reply card explains it in the channel locale', async () => {
    const { svc } = service({ locales: { C1: 'en' } });
    const outcome = await svc.consider(message('[FIRING:1] checkout-api: HTTP 502 Bad Gateway'), T0);
    expect('reply' in outcome).toBe(true);
    if (!('reply' in outcome)) return;
    expect(outcome.codes).toEqual([502]);
    expect(outcome.reply.kind).toBe('autoExplain');
    expect(outcome.reply.locale).toBe('en');
    expect(outcome.reply.title).toBe('502 Bad Gateway');
  });

  it('given AUTO_EXPLAIN=off then it is skipped as disabled without asking the channel', async () => {
    const { svc, asked } = service({ enabled: false });
    expect(await svc.consider(message('HTTP 503'), T0)).toEqual({ skipped: 'disabled' });
    expect(asked).toEqual([]);
  });

  it('given a channel with auto-explain off then it is skipped as disabled', async () => {
    const { svc, asked } = service({ disabledChannels: ['C9'] });
    expect(await svc.consider(message('HTTP 503', { channel: 'C9', platform: 'discord' }), T0)).toEqual({
      skipped: 'disabled',
    });
    expect(asked).toEqual([['discord', 'C9']]);
  });

  it('given a message without status codes then it is skipped as noCodes', async () => {
    const { svc } = service();
    expect(await svc.consider(message('deploy took 503 seconds, 404 users affected'), T0)).toEqual({
      skipped: 'noCodes',
    });
  });

  it('given 50 alerts with 503 in one channel within a minute then exactly one reply', async () => {
    const { svc } = service();
    const outcomes = [];
    for (let i = 0; i < 50; i++) {
      outcomes.push(await svc.consider(message(`[FIRING:${i + 1}] api: status=503`), at(i)));
    }
    expect(outcomes.filter((o) => 'reply' in o)).toHaveLength(1);
    expect(outcomes.slice(1).every((o) => 'skipped' in o && o.skipped === 'alreadyExplained')).toBe(true);
  });

  it('given six alerts with different codes within a minute then the sixth is skipped as flood', async () => {
    const { svc } = service();
    const codes = [500, 502, 503, 504, 429, 404];
    const outcomes = [];
    for (const [i, code] of codes.entries())
      outcomes.push(await svc.consider(message(`HTTP ${code}`), at(i * 5)));
    expect(outcomes.slice(0, 5).every((o) => 'reply' in o)).toBe(true);
    expect(outcomes[5]).toEqual({ skipped: 'flood' });
  });

  it('given the same code after the cooldown then it is explained again', async () => {
    const { svc } = service();
    await svc.consider(message('HTTP 503'), T0);
    expect(await svc.consider(message('HTTP 503'), at(29 * 60))).toEqual({ skipped: 'alreadyExplained' });
    expect('reply' in (await svc.consider(message('HTTP 503'), at(30 * 60)))).toBe(true);
  });

  it('given a code already explained in the thread then a later message in that thread is skipped', async () => {
    const { svc } = service();
    const first = await svc.consider(message('HTTP 429', { messageId: 'root' }), T0);
    expect('reply' in first).toBe(true);
    expect(await svc.consider(message('still getting 429', { thread: 'root' }), at(3600))).toEqual({
      skipped: 'alreadyExplained',
    });
  });

  it('given the same code in two workspaces with the same channel id then each gets its reply', async () => {
    const { svc } = service();
    expect('reply' in (await svc.consider(message('HTTP 503', { workspace: 'T1' }), T0))).toBe(true);
    expect('reply' in (await svc.consider(message('HTTP 503', { workspace: 'T2' }), T0))).toBe(true);
  });

  it('given a message with a new and an explained code then the reply covers only the new one', async () => {
    const { svc } = service({ locales: { C1: 'en' } });
    await svc.consider(message('HTTP 503'), T0);
    const outcome = await svc.consider(message('HTTP 503 and HTTP 504'), at(10));
    expect(outcome).toMatchObject({ codes: [504] });
    if ('reply' in outcome) expect(outcome.reply.title).toBe('504 Gateway Timeout');
  });

  it('given only a class mention then the reply explains the class', async () => {
    const { svc } = service({ locales: { C1: 'en' } });
    const outcome = await svc.consider(message('Triggered: 5xx error rate above 5%'), T0);
    expect(outcome).toMatchObject({ codes: [] });
    if ('reply' in outcome) expect(outcome.reply.description).toMatch(/^5xx /);
  });

  it('given no time argument then the injected clock is used', async () => {
    let now = T0;
    const { svc } = service({ now: () => now });
    expect('reply' in (await svc.consider(message('HTTP 503')))).toBe(true);
    now = at(60);
    expect(await svc.consider(message('HTTP 503'))).toEqual({ skipped: 'alreadyExplained' });
    now = at(31 * 60);
    expect('reply' in (await svc.consider(message('HTTP 503')))).toBe(true);
  });
});

describe('AutoExplainService.explainNow', () => {
  it('given a message with codes then it explains them all, without flood control', () => {
    const { svc } = service();
    for (let i = 0; i < 20; i++) {
      const card = svc.explainNow('HTTP 503 then 502 Bad Gateway', 'en');
      expect(card?.title).toBe('HTTP status codes in this message: 503, 502');
    }
  });

  it('given a message without codes then null', () => {
    const { svc } = service();
    expect(svc.explainNow('lunch at 12:30, room 503호', 'ko')).toBeNull();
  });

  it('given the global switch off then explicit requests still work', () => {
    const { svc } = service({ enabled: false });
    expect(svc.explainNow('status=404', 'ko')?.title).toContain('404 Not Found');
  });
});
