import { describe, expect, it } from 'vitest';
import {
  decodeChoiceValue,
  fromAddressedMessage,
  fromButtonPress,
  fromSlashCommand,
} from '../../../adapters/slack/fromSlackPayload.js';
import { encodeChoiceValue } from '../../../adapters/slack/toSlackBlocks.js';

describe('given Slack payloads mapped into requests', () => {
  it('given a slash command then only the entities are decoded and typed markup stays literal', () => {
    const request = fromSlashCommand({
      text: ' 503 &amp; &lt;!here&gt; ',
      user_id: 'U1',
      channel_id: 'C1',
      team_id: 'T1',
    });
    expect(request).toEqual({
      kind: 'command',
      platform: 'slack',
      text: '503 & <!here>',
      user: 'U1',
      channel: 'C1',
      workspace: 'T1',
    });
  });

  it('given a mention then the bot mention is removed, other markup made readable, and the thread is the message', () => {
    const request = fromAddressedMessage(
      {
        text: '<@UBOT|httpbot> 404 for <@U2|bob> in <#C9|ops> <https://x.example|link>',
        user: 'U1',
        channel: 'C1',
        ts: '5.5',
      },
      'UBOT',
      true,
    );
    expect(request.text).toBe('404 for @bob in #ops link');
    expect(request.thread).toBe('5.5');
  });

  it('given a DM outside a thread then no thread is set', () => {
    expect(
      fromAddressedMessage({ text: '500', user: 'U1', channel: 'D1', ts: '5.5' }, 'UBOT', false).thread,
    ).toBeUndefined();
  });

  it('given a choice button value then the code and the locale round-trip, and anything else is refused', () => {
    expect(decodeChoiceValue(encodeChoiceValue(504, 'ko'))).toEqual({ code: 504, locale: 'ko' });
    expect(decodeChoiceValue('504')).toEqual({ code: 504 });
    expect(decodeChoiceValue('<!channel>')).toBeUndefined();
    expect(fromButtonPress({ value: '502:en', userId: 'U1', channelId: 'C1' })).toMatchObject({
      kind: 'action',
      text: '502',
      locale: 'en',
    });
  });
});
