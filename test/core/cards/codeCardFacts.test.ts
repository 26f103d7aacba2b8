import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { LOCALES } from '../../../src/core/locale.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());

describe('retry, cache and SLO on code cards', () => {
  it('given any code in either language then its card has one field with a retry, a cache and an SLO line', () => {
    for (const entry of core.entries) {
      for (const locale of LOCALES) {
        const field = core.codeCard(entry.code, locale)!.fields[0]!;
        expect(field.lines).toHaveLength(3);
        expect(field.lines.every((line) => line.length > 0 && line.length <= 200)).toBe(true);
      }
    }
  });

  it('given 503 in English then the lines say wait for Retry-After, explicit caching only, server error', () => {
    const [retry, cache, slo] = core.codeCard(503, 'en')!.fields[0]!.lines;
    expect(retry).toMatch(/Retry-After/);
    expect(cache).toMatch(/explicit/);
    expect(slo).toMatch(/server error/);
  });

  it('given 404 in Korean then the cache line says cacheable by default and cites RFC 9110 §15.1', () => {
    const cache = core.codeCard(404, 'ko')!.fields[0]!.lines[1];
    expect(cache).toContain('기본 캐시');
    expect(cache).toContain('RFC 9110 §15.1');
  });

  it('given 499 then the SLO line says it is not a server error and points at latency', () => {
    const slo = core.codeCard(499, 'en')!.fields[0]!.lines[2];
    expect(slo).toMatch(/not a server error/);
    expect(slo).toMatch(/latency/);
  });

  it('given codes in different categories then their lines differ, so no category falls back to another', () => {
    const retryLines = new Set(core.entries.map((e) => core.codeCard(e.code, 'en')!.fields[0]!.lines[0]));
    expect(retryLines.size).toBe(new Set(core.entries.map((e) => e.retry)).size);
  });
});
