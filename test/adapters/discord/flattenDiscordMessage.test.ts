import { describe, expect, it } from 'vitest';
import { flattenDiscordMessage } from '../../../adapters/discord/flattenDiscordMessage.js';

describe('flattenDiscordMessage', () => {
  it('given content and embeds then every text part is kept, one per line, in reading order', () => {
    const text = flattenDiscordMessage({
      content: 'alert:',
      embeds: [
        {
          author: { name: 'Grafana' },
          title: '[FIRING:1] checkout-api',
          description: 'probe failed',
          fields: [{ name: 'status', value: 'HTTP 502 Bad Gateway' }],
          footer: { text: 'Grafana v11' },
        },
        { title: null, description: 'second embed', fields: [], footer: null },
      ],
    });
    expect(text).toBe(
      'alert:\nGrafana\n[FIRING:1] checkout-api\nprobe failed\nstatus\nHTTP 502 Bad Gateway\nGrafana v11\nsecond embed',
    );
  });

  it('given an empty message then the text is empty', () => {
    expect(flattenDiscordMessage({ content: '', embeds: [] })).toBe('');
  });
});
