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
  it.each([
    [413, 'Content Too Large', 'standard'],
    [422, 'Unprocessable Content', 'standard'],
    [416, 'Range Not Satisfiable', 'standard'],
    [418, '(Unused)', 'unused'],
    [306, '(Unused)', 'unused'],
    [305, 'Use Proxy', 'deprecated'],
    [102, 'Processing', 'deprecated'],
    [510, 'Not Extended (OBSOLETED)', 'obsoleted'],
    [503, 'Service Unavailable', 'standard'],
  ] as const)('given %i then its name is "%s" and its status %s', (code, name, status) => {
    expect(entry(code).name).toBe(name);
    expect(entry(code).status).toBe(status);
  });

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

  it.each([
    [428, 'RFC 6585'],
    [429, 'RFC 6585'],
    [431, 'RFC 6585'],
    [511, 'RFC 6585'],
    [451, 'RFC 7725'],
    [103, 'RFC 8297'],
    [425, 'RFC 8470'],
    [207, 'RFC 4918'],
    [423, 'RFC 4918'],
    [424, 'RFC 4918'],
    [208, 'RFC 5842'],
    [508, 'RFC 5842'],
    [226, 'RFC 3229'],
    [506, 'RFC 2295'],
    [510, 'RFC 2774'],
    [102, 'RFC 2518'],
  ] as const)('given %i then it is defined by %s', (code, title) => {
    const spec = entry(code).spec;
    expect(spec?.title).toBe(title);
    expect(spec?.url).toBe(
      `https://www.rfc-editor.org/rfc/rfc${title.slice(4)}#section-${spec?.section ?? ''}`,
    );
  });

  it('given every code of RFC 9110 §15 then its spec URL points at that section', () => {
    for (const e of entries.filter((x) => x.spec?.title === 'RFC 9110')) {
      expect(e.spec?.section, String(e.code)).toMatch(/^15\.[2-6]\.\d+$/);
      expect(e.spec?.url).toBe(`https://www.rfc-editor.org/rfc/rfc9110#section-${e.spec?.section}`);
    }
  });

  it.each([
    [444, 'nginx'],
    [494, 'nginx'],
    [495, 'nginx'],
    [496, 'nginx'],
    [497, 'nginx'],
    [499, 'nginx'],
    [520, 'Cloudflare'],
    [521, 'Cloudflare'],
    [522, 'Cloudflare'],
    [523, 'Cloudflare'],
    [524, 'Cloudflare'],
    [525, 'Cloudflare'],
    [526, 'Cloudflare'],
    [530, 'Cloudflare'],
    [460, 'AWS'],
    [463, 'AWS'],
    [561, 'AWS'],
    [509, 'cPanel'],
  ] as const)('given unofficial %i then it is flagged with its vendor %s', (code, vendor) => {
    expect(entry(code).status).toBe('unofficial');
    expect(entry(code).vendor).toContain(vendor);
    expect(entry(code).spec).toBeUndefined();
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
