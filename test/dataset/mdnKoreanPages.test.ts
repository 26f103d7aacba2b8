/**
 * Which codes link a Korean MDN page, against a dated list of MDN's Korean translations kept in the
 * repository (`test/fixtures/mdn`), so a Korean card never links a page MDN does not have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

/** Reads the snapshot: one `files/ko/web/http/reference/status/<code>/index.md` path a line. */
function readKoreanPages(text: string): number[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const match = /^files\/ko\/web\/http\/reference\/status\/(\d{3})\/index\.md$/.exec(line.trim());
      if (!match) throw new Error(`unreadable snapshot line: ${line}`);
      return Number(match[1]);
    });
}

const koreanPages = readKoreanPages(
  readFileSync(new URL('../fixtures/mdn/ko-status-pages.txt', import.meta.url), 'utf8'),
);
const entries = shippedEntries();

describe('Korean MDN pages', () => {
  it('given the snapshot then it lists 45 distinct codes', () => {
    expect(new Set(koreanPages).size).toBe(koreanPages.length);
    expect(koreanPages).toHaveLength(45);
  });

  it('given the dataset then exactly the codes with a Korean MDN page are marked mdnKo', () => {
    const marked = entries.filter((e) => e.mdnKo).map((e) => e.code);
    expect(marked.sort()).toEqual([...koreanPages].sort());
  });

  it('given an MDN link then it is the English reference page of its own code, which the Korean slug mirrors', () => {
    for (const entry of entries.filter((e) => e.mdn)) {
      expect(entry.mdn, String(entry.code)).toBe(
        `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${entry.code}`,
      );
    }
  });

  it('given a snapshot line that is not a Korean status page then reading it fails loudly', () => {
    expect(() => readKoreanPages('files/ko/web/http/status/100/index.md')).toThrow(/unreadable/);
  });
});
