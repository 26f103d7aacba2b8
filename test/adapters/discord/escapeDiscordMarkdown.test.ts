import { describe, expect, it } from 'vitest';
import { escapeDiscordMarkdown } from '../../../adapters/discord/escapeDiscordMarkdown.js';

describe('escapeDiscordMarkdown', () => {
  it('given inline markup then every marker is backslash-escaped', () => {
    expect(escapeDiscordMarkdown('*b* _i_ `c` ~~s~~ ||x|| [l](u) a\\b')).toBe(
      '\\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\|\\|x\\|\\| \\[l\\](u) a\\\\b',
    );
  });

  it('given line-start markup then headings, subtext, lists, quotes and numbered items are escaped', () => {
    expect(escapeDiscordMarkdown('# h\n-# small\n- item\n> quote\n12. step\nRetry-After 5xx')).toBe(
      '\\# h\n\\-# small\n\\- item\n\\> quote\n12\\. step\nRetry-After 5xx',
    );
  });

  it('given plain status text then it is unchanged', () => {
    const text = '503 Service Unavailable · 서비스 이용 불가 (RFC 9110 §15.6.4)';
    expect(escapeDiscordMarkdown(text)).toBe(text);
  });
});
