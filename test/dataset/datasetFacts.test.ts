/**
 * The dataset's facts as of RFC 9110, including the seed's known errors, which must stay fixed, and the
 * quality bar for texts (written, bilingual, short enough for a chat card).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type StatusEntry } from '../../src/core/dataset/schema.js';

const entries: StatusEntry[] = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/status-codes.json', import.meta.url), 'utf8')),
);
const byCode = new Map(entries.map((e) => [e.code, e]));
const entry = (code: number): StatusEntry => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
};
const HANGUL = /[\uac00-\ud7a3]/;

describe('dataset facts (RFC 9110 and the IANA registry)', () => {
  it('given 422 then its spec is RFC 9110 §15.5.21, not WebDAV only', () => {
    expect(entry(422).spec).toMatchObject({ title: 'RFC 9110', section: '15.5.21' });
    expect(entry(422).en.description).not.toMatch(/WebDAV[- ]only/i);
  });

  it.each([
    [413, ['Payload Too Large', 'Request Entity Too Large']],
    [422, ['Unprocessable Entity']],
    [416, ['Requested Range Not Satisfiable']],
    [414, ['Request-URI Too Long']],
    [302, ['Moved Temporarily']],
  ] as const)('given %i then its older names are kept with their source', (code, names) => {
    const former = entry(code).formerNames ?? [];
    for (const name of names) {
      const match = former.find((f) => f.name === name);
      expect(match, name).toBeDefined();
      expect(match?.source).toMatch(/RFC \d+/);
    }
  });

  it('given 507 then it is about storage (RFC 4918 §11.5) and not a copy of 506', () => {
    expect(entry(507).spec).toMatchObject({ title: 'RFC 4918', section: '11.5' });
    expect(entry(507).en.description).toMatch(/stor/i);
    expect(entry(507).en.description).not.toBe(entry(506).en.description);
    expect(entry(507).ko.description).not.toBe(entry(506).ko.description);
  });

  it('given 421 then it is described as a request that reached the wrong server, not only TLS', () => {
    expect(entry(421).en.description).toMatch(/origin|authoritative|connection/i);
  });

  it('given any registered code then its URL is the rfc-editor.org section of the RFC it names', () => {
    for (const e of entries) {
      if (!e.spec) continue;
      const rfc = /^RFC (\d+)$/.exec(e.spec.title)?.[1];
      expect(rfc, `${e.code} spec title`).toBeDefined();
      expect(e.spec.url, String(e.code)).toBe(
        `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${e.spec.section}`,
      );
    }
  });

  it('given every code of RFC 9110 §15 then its spec URL points at that section', () => {
    for (const e of entries.filter((x) => x.spec?.title === 'RFC 9110')) {
      expect(e.spec?.section, String(e.code)).toMatch(/^15\.[2-6]\.\d+$/);
      expect(e.spec?.url).toBe(`https://www.rfc-editor.org/rfc/rfc9110#section-${e.spec?.section}`);
    }
  });

  it('given 499 then the other vendor meaning of the number is stated', () => {
    expect(
      entry(499)
        .otherMeanings?.map((m) => m.vendor)
        .join(),
    ).toMatch(/Esri|ArcGIS/);
  });
});

describe('dataset texts', () => {
  it('given any entry then no placeholder text is left', () => {
    expect(JSON.stringify(entries)).not.toMatch(/\bTODO\b/);
    for (const e of entries) {
      expect(e.en.summary, String(e.code)).not.toBe(`${e.code} ${e.name}`);
      expect(e.ko.summary, String(e.code)).not.toBe(`${e.code} ${e.name}`);
    }
  });

  it('given any entry then its Korean texts are written in Korean and differ from the English ones', () => {
    for (const e of entries) {
      for (const text of [
        e.ko.summary,
        e.ko.description,
        ...e.ko.causes,
        ...e.ko.checks,
        ...e.ko.clientChecks,
      ]) {
        expect(text, `${e.code}: ${text}`).toMatch(HANGUL);
      }
      expect(e.ko.description).not.toBe(e.en.description);
    }
  });

  it('given any entry then its texts are short enough for a chat card', () => {
    for (const e of entries) {
      for (const text of [e.en, e.ko]) {
        expect(text.summary.length, `${e.code} summary`).toBeLessThanOrEqual(140);
        expect(text.description.length, `${e.code} description`).toBeLessThanOrEqual(700);
        for (const item of [...text.causes, ...text.checks, ...text.clientChecks]) {
          expect(item.length, `${e.code}: ${item}`).toBeLessThanOrEqual(220);
        }
      }
    }
  });

  it('given any entry then it can be found by words in both languages', () => {
    for (const e of entries) {
      expect(e.aliases.en.length + e.aliases.ko.length, String(e.code)).toBeGreaterThan(0);
      expect(e.related.length, String(e.code)).toBeGreaterThan(0);
    }
  });
});
