import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { LOCALES } from '../../../src/core/locale.js';
import { shippedEntries, shippedReferences } from '../../fixtures/queries/datasetWithNames.js';

const references = shippedReferences();
const core = createStatusCore(shippedEntries(), references);

describe('header cards', () => {
  it('given any header then the title is its name and gloss, the related codes are the codes it goes with', () => {
    for (const header of references.headers) {
      for (const locale of LOCALES) {
        const card = core.headerCard(header.name, locale)!;
        expect(card.title).toBe(`${header.name} · ${header[locale].gloss}`);
        expect(card.summary).toBe(header[locale].summary);
        expect(card.related.map((c) => c.code)).toEqual(header.codes.map((u) => u.code));
        expect(card.fields[0]!.lines).toEqual([header.syntax, expect.stringContaining(header.example)]);
        for (const mistake of header[locale].mistakes)
          expect(card.fields.flatMap((f) => f.lines)).toContain(mistake);
      }
    }
  });

  it('given a header with a spec then the first link and the title link are its section', () => {
    for (const header of references.headers.filter((h) => h.spec)) {
      const card = core.headerCard(header.name, 'en')!;
      expect(card.url).toBe(header.spec!.url);
      expect(card.links[0]!.url).toBe(header.spec!.url);
    }
  });

  it('given the Korean card then MDN links to the Korean page only where MDN has one', () => {
    for (const header of references.headers.filter((h) => h.mdn)) {
      const link = core
        .headerCard(header.name, 'ko')!
        .links.find((l) => l.url.includes('developer.mozilla.org'))!;
      if (header.mdn!.ko) expect(link.url).toBe(header.mdn!.url.replace('/en-US/', '/ko/'));
      else {
        expect(link.url).toBe(header.mdn!.url);
        expect(link.label).toContain('영어');
      }
      expect(core.headerCard(header.name, 'en')!.links.some((l) => l.url === header.mdn!.url)).toBe(true);
    }
  });

  it('given WWW-Authenticate, which MDN has not translated, then the Korean card links the English page', () => {
    const link = core.headerCard('WWW-Authenticate', 'ko')!.links.find((l) => l.url.includes('mozilla'))!;
    expect(link.url).toContain('/en-US/');
  });

  it('given each header then its header choices open cards, and badges say direction and standing', () => {
    for (const header of references.headers) {
      const card = core.headerCard(header.name, 'en')!;
      expect(card.headers.map((c) => c.name)).toEqual(
        header.related.map((n) => core.headerCard(n, 'en')!.title.split(' · ')[0]),
      );
      for (const choice of card.headers) {
        expect(core.headerCard(choice.name, 'en')).toBeDefined();
        expect(choice.label.length).toBeLessThanOrEqual(75);
      }
      expect(card.badges[0]).toMatch(/header/);
      if (header.vendor) expect(card.badges).toContain(`Non-standard · ${header.vendor}`);
    }
  });

  it('given the IETF RateLimit draft then the card says it is a draft and links the datatracker', () => {
    const card = core.headerCard('RateLimit', 'en')!;
    expect(card.badges).toContain('IETF draft');
    expect(card.url).toMatch(/^https:\/\/datatracker\.ietf\.org\/doc\/draft-ietf-httpapi-ratelimit-headers/);
  });
});

describe('header choices on code cards', () => {
  it('given 503 then its card offers the Retry-After card', () => {
    const card = core.codeCard(503, 'ko')!;
    expect(card.headers).toEqual([{ name: 'Retry-After', label: 'Retry-After · 재시도 시점' }]);
  });

  it('given 429 then the three X-RateLimit-* names give one choice, after Retry-After and before RateLimit', () => {
    expect(core.codeCard(429, 'en')!.headers.map((h) => h.name)).toEqual([
      'Retry-After',
      'X-RateLimit-*',
      'RateLimit',
      'RateLimit-Policy',
    ]);
  });

  it('given any code then its header choices are its known headers in order, each once, within 75 characters', () => {
    for (const entry of core.entries) {
      const card = core.codeCard(entry.code, 'en')!;
      const expected = [
        ...new Set(
          entry.headers.flatMap((name) =>
            core.headerCard(name, 'en') ? [core.headerCard(name, 'en')!.title.split(' · ')[0]!] : [],
          ),
        ),
      ];
      expect(
        card.headers.map((h) => h.name),
        `${entry.code}`,
      ).toEqual(expected);
      for (const choice of card.headers) expect(choice.label.length).toBeLessThanOrEqual(75);
    }
  });

  it('given a header no card covers (Depth on 207) then it stays in the text field but is no choice', () => {
    const card = core.codeCard(207, 'en')!;
    expect(card.fields.some((f) => f.lines.some((l) => l.includes('Depth')))).toBe(true);
    expect(card.headers.map((h) => h.name)).not.toContain('Depth');
  });

  it('given a core without header data then code cards offer no header choices', () => {
    expect(createStatusCore(shippedEntries()).codeCard(503, 'en')!.headers).toEqual([]);
  });
});
