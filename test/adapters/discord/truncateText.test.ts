import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLinesWithin, truncateText } from '../../../adapters/discord/truncateText.js';

const isWellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

describe('truncateText', () => {
  it('given text within the limit then it is returned unchanged', () => {
    expect(truncateText('503 Service Unavailable', 23)).toBe('503 Service Unavailable');
  });

  it('given a cut that would fall inside an emoji then the whole emoji is dropped', () => {
    // 'ab' + 😀 is 4 code units; a limit of 4 leaves 3 before the ellipsis, i.e. half the emoji.
    expect(truncateText('ab😀cd', 4)).toBe('ab…');
  });

  it('given any well-formed text and limit then the result is well-formed, within the limit, and a prefix', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 0, max: 120 }),
        (text, max) => {
          const cut = truncateText(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(isWellFormed(cut)).toBe(true);
          const body = cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut;
          expect(text.startsWith(body)).toBe(true);
        },
      ),
    );
  });
});

describe('joinLinesWithin', () => {
  it('given lines that fit then they are joined with newlines', () => {
    expect(joinLinesWithin(['a', 'b'], 3)).toBe('a\nb');
  });

  it('given lines that do not fit then whole lines are kept and an ellipsis line marks the rest', () => {
    expect(joinLinesWithin(['aaaa', 'bbbb', 'cccc'], 10)).toBe('aaaa\n…');
    expect(joinLinesWithin(['aaaa', 'bbbb', 'cccc'], 11)).toBe('aaaa\nbbbb\n…');
  });

  it('given any lines and limit then the result stays within the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 200 }),
        (lines, max) => {
          expect(joinLinesWithin(lines, max).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
