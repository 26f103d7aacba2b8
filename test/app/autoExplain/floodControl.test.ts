import { describe, expect, it } from 'vitest';
import { createFloodControl } from '../../../src/app/autoExplain/floodControl.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2025, 2, 12, 1, 0, 0);
const channel = 'slack:T1:C1';

describe('floodControl', () => {
  it('given 50 alerts with 503 in one channel within a minute then only the first is admitted', () => {
    const flood = createFloodControl();
    const decisions = Array.from({ length: 50 }, (_, i) =>
      flood.admit({ channel, thread: `m${i}` }, ['503'], T0 + i * 1_000),
    );
    expect(decisions[0]).toEqual({ allowed: ['503'] });
    expect(decisions.slice(1).every((d) => 'skipped' in d && d.skipped === 'alreadyExplained')).toBe(true);
  });

  it('given a code explained in a channel then it is held back until the cooldown has passed', () => {
    const flood = createFloodControl({ cooldownMinutes: 30 });
    expect(flood.admit({ channel, thread: 'a' }, ['502'], T0)).toEqual({ allowed: ['502'] });
    expect(flood.admit({ channel, thread: 'b' }, ['502'], T0 + 29 * MINUTE)).toEqual({
      skipped: 'alreadyExplained',
    });
    expect(flood.admit({ channel, thread: 'c' }, ['502'], T0 + 30 * MINUTE)).toEqual({ allowed: ['502'] });
  });

  it('given a configured cooldown then it is used instead of 30 minutes', () => {
    const flood = createFloodControl({ cooldownMinutes: 5 });
    flood.admit({ channel, thread: 'a' }, ['502'], T0);
    expect(flood.admit({ channel, thread: 'b' }, ['502'], T0 + 4 * MINUTE)).toEqual({
      skipped: 'alreadyExplained',
    });
    expect(flood.admit({ channel, thread: 'c' }, ['502'], T0 + 5 * MINUTE)).toEqual({ allowed: ['502'] });
  });

  it('given the same code in another channel then it is admitted there', () => {
    const flood = createFloodControl();
    flood.admit({ channel, thread: 'a' }, ['503'], T0);
    expect(flood.admit({ channel: 'slack:T1:C2', thread: 'a' }, ['503'], T0 + 1)).toEqual({
      allowed: ['503'],
    });
  });

  it('given a message with a new and an explained code then only the new one is admitted, in order', () => {
    const flood = createFloodControl();
    flood.admit({ channel, thread: 'a' }, ['503'], T0);
    expect(flood.admit({ channel, thread: 'b' }, ['504', '503', '502'], T0 + MINUTE)).toEqual({
      allowed: ['504', '502'],
    });
  });

  it('given six different codes within a minute then the sixth reply is held back as a flood', () => {
    const flood = createFloodControl();
    const codes = ['500', '501', '502', '503', '504', '505'];
    const decisions = codes.map((code, i) =>
      flood.admit({ channel, thread: `m${i}` }, [code], T0 + i * 5_000),
    );
    expect(decisions.slice(0, 5).every((d) => 'allowed' in d)).toBe(true);
    expect(decisions[5]).toEqual({ skipped: 'flood' });
    // A minute after the first reply there is room again.
    expect(flood.admit({ channel, thread: 'later' }, ['505'], T0 + MINUTE)).toEqual({ allowed: ['505'] });
  });

  it('given a code explained in a thread then it is never explained in that thread again, even after the cooldown', () => {
    const flood = createFloodControl({ cooldownMinutes: 1 });
    flood.admit({ channel, thread: 't1' }, ['429'], T0);
    expect(flood.admit({ channel, thread: 't1' }, ['429'], T0 + 10 * MINUTE)).toEqual({
      skipped: 'alreadyExplained',
    });
    expect(flood.admit({ channel, thread: 't2' }, ['429'], T0 + 10 * MINUTE)).toEqual({ allowed: ['429'] });
  });

  it('given many channels then memory stays within the channel cap, oldest evicted first', () => {
    const flood = createFloodControl({ maxChannels: 100 });
    for (let i = 0; i < 1_000; i++) flood.admit({ channel: `c${i}`, thread: 't' }, ['503'], T0 + i);
    expect(flood.size()).toBe(100);
    // c0 was evicted, so 503 is admitted there again; c999 still remembers it.
    expect(flood.admit({ channel: 'c999', thread: 'u' }, ['503'], T0 + 2_000)).toEqual({
      skipped: 'alreadyExplained',
    });
    expect(flood.admit({ channel: 'c0', thread: 'u' }, ['503'], T0 + 2_000)).toEqual({ allowed: ['503'] });
  });

  it('given many threads in one channel then old threads are forgotten beyond the cap', () => {
    const flood = createFloodControl({ cooldownMinutes: 0, maxThreadsPerChannel: 10 });
    for (let i = 0; i < 11; i++) flood.admit({ channel, thread: `t${i}` }, ['500'], T0 + i * MINUTE);
    expect(flood.admit({ channel, thread: 't0' }, ['500'], T0 + 20 * MINUTE)).toEqual({ allowed: ['500'] });
    expect(flood.admit({ channel, thread: 't10' }, ['500'], T0 + 21 * MINUTE)).toEqual({
      skipped: 'alreadyExplained',
    });
  });

  it('given keys withdrawn from an admission then they stay explained for the channel but not for the thread', () => {
    const flood = createFloodControl({ cooldownMinutes: 30 });
    expect(flood.admit({ channel, thread: 'a' }, ['503', '504'], T0)).toEqual({ allowed: ['503', '504'] });
    flood.withdraw({ channel, thread: 'a' }, ['503'], T0, true);
    expect(flood.admit({ channel, thread: 'b' }, ['503'], T0 + MINUTE)).toEqual({
      skipped: 'alreadyExplained',
    });
    expect(flood.admit({ channel, thread: 'a' }, ['503', '504'], T0 + 30 * MINUTE)).toEqual({
      allowed: ['503'],
    });
  });

  it('given an admission withdrawn with no reply sent then its place in the per-minute cap is given back', () => {
    const flood = createFloodControl({ maxRepliesPerMinute: 2 });
    flood.admit({ channel, thread: 'a' }, ['500'], T0);
    flood.admit({ channel, thread: 'b' }, ['502'], T0 + 1);
    flood.withdraw({ channel, thread: 'b' }, ['502'], T0 + 1, false);
    expect(flood.admit({ channel, thread: 'c' }, ['503'], T0 + 2)).toEqual({ allowed: ['503'] });
    expect(flood.admit({ channel, thread: 'd' }, ['504'], T0 + 3)).toEqual({ skipped: 'flood' });
    // The withdrawn key stays explained in the channel.
    expect(flood.admit({ channel, thread: 'e' }, ['502'], T0 + 2 * MINUTE)).toEqual({
      skipped: 'alreadyExplained',
    });
  });
});
