import { describe, expect, it } from 'vitest';
import { flattenSlackMessage, toInboundMessage } from '../../../adapters/slack/flattenSlackMessage.js';

describe('given Slack messages from people and integrations', () => {
  it('given a code only in an attachment field then the flattened text carries it', () => {
    const text = flattenSlackMessage({
      text: '',
      attachments: [
        {
          color: 'danger',
          fallback: '[FIRING] checkout latency',
          title: 'checkout-api alert',
          fields: [{ title: 'Status', value: 'HTTP 503 &amp; rising', short: true }],
        },
      ],
    });
    expect(text).toContain('checkout-api alert');
    expect(text).toContain('Status: HTTP 503 & rising');
    // The fallback repeats what the attachment shows, so it is only used when nothing else is there.
    expect(text).not.toContain('[FIRING]');
  });

  it('given an attachment with only a fallback then the fallback is used', () => {
    expect(flattenSlackMessage({ attachments: [{ fallback: 'upstream returned 502' }] })).toBe(
      'upstream returned 502',
    );
  });

  it('given section, context, header and rich_text blocks then each text is included once per block', () => {
    const text = flattenSlackMessage({
      text: 'alert',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Gateway errors' } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*504* from <https://lb.example|the LB>' },
          fields: [{ type: 'mrkdwn', text: 'code 429' }],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'seen 12 times' }] },
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'text', text: 'API said ' },
                { type: 'text', text: '500' },
              ],
            },
            {
              type: 'rich_text_list',
              style: 'bullet',
              elements: [
                {
                  type: 'rich_text_section',
                  elements: [{ type: 'link', url: 'https://x.example', text: 'see 404 page' }],
                },
              ],
            },
          ],
        },
        { type: 'divider' },
      ] as never,
    });
    expect(text.split('\n')).toEqual([
      'alert',
      'Gateway errors',
      '*504* from the LB',
      'code 429',
      'seen 12 times',
      'API said 500',
      'see 404 page',
    ]);
  });

  it('given blocks inside an attachment then they are read too', () => {
    const text = flattenSlackMessage({
      attachments: [{ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'origin 521' } }] }] as never,
    });
    expect(text).toBe('origin 521');
  });

  it('given a threaded message then the inbound message names the channel, message, thread and workspace', () => {
    const inbound = toInboundMessage(
      { channel: 'C1', ts: '2.2', thread_ts: '1.1', text: 'got <@U1> a 503' },
      'T1',
    );
    expect(inbound).toEqual({
      platform: 'slack',
      workspace: 'T1',
      channel: 'C1',
      messageId: '2.2',
      thread: '1.1',
      text: 'got @U1 a 503',
    });
  });
});
