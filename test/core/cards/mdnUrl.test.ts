import { describe, expect, it } from 'vitest';
import { mdnUrl } from '../../../src/core/cards/mdnUrl.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { buildExplainCard } from '../../../src/core/explain/buildExplainCard.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const EN = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/417';
const KO = 'https://developer.mozilla.org/ko/docs/Web/HTTP/Reference/Status/417';
const core = createStatusCore(shippedEntries());
const mdnLinkOf = (code: number, locale: 'ko' | 'en') =>
  core.codeCard(code, locale)?.links.find((l) => l.url.startsWith('https://developer.mozilla.org/'))?.url;

describe('mdnUrl', () => {
  it('given a Korean card and a page MDN has translated then the Korean page', () => {
    expect(mdnUrl({ mdn: EN, mdnKo: true }, 'ko')).toBe(KO);
  });

  it('given a Korean card and a page MDN has not translated then the English page, not a /ko/ 404', () => {
    expect(mdnUrl({ mdn: EN }, 'ko')).toBe(EN);
  });

  it('given an English card then the English page, translated or not', () => {
    expect(mdnUrl({ mdn: EN, mdnKo: true }, 'en')).toBe(EN);
    expect(mdnUrl({ mdn: EN }, 'en')).toBe(EN);
  });

  it('given no MDN page then no link', () => {
    expect(mdnUrl({ mdnKo: undefined }, 'ko')).toBeUndefined();
  });
});

describe('MDN links on code cards', () => {
  it('given every code then its Korean card links /ko/ exactly when MDN has the Korean page', () => {
    for (const entry of core.entries.filter((e) => e.mdn)) {
      const link = mdnLinkOf(entry.code, 'ko');
      expect(link, String(entry.code)).toBe(entry.mdnKo ? entry.mdn!.replace('/en-US/', '/ko/') : entry.mdn);
    }
  });

  it('given 404 (translated) and 417 (not translated) then the Korean cards link /ko/ and /en-US/', () => {
    expect(mdnLinkOf(404, 'ko')).toContain('/ko/docs/');
    expect(mdnLinkOf(417, 'ko')).toContain('/en-US/docs/');
    expect(mdnLinkOf(417, 'en')).toContain('/en-US/docs/');
  });

  it('given an alert reply in Korean then its MDN link follows the same rule', () => {
    const link = (code: number) =>
      buildExplainCard({ codes: [code], classes: [] }, 'ko', core)?.links.find((l) =>
        l.url.startsWith('https://developer.mozilla.org/'),
      )?.url;
    expect(link(404)).toContain('/ko/docs/');
    expect(link(417)).toContain('/en-US/docs/');
  });
});
