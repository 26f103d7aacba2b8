import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER_PROTOCOL_WORDS } from '../../src/core/detect/detectorWords.js';
import { MessageFlags } from '../../src/core/detect/messageFlags.js';

/** The answer without any caching: a whole-word protocol name anywhere before `pos`. */
const WHOLE_WORD = new RegExp(`\\b(?:${[...OTHER_PROTOCOL_WORDS].join('|')})\\b`, 'i');
const reference = (text: string, pos: number) => WHOLE_WORD.test(text.slice(0, pos));

const PIECES = [
  'SMTP',
  'mysql',
  'MySQL',
  '_mysql',
  'exit',
  'status',
  'HTTP',
  '503',
  '550',
  '404',
  'x',
  ',',
  '\n',
  '-',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', ': '];

/** Positions the detector asks about: the start of a digit run with no word character before it. */
function numberStarts(text: string): number[] {
  return [...text.matchAll(/(?<![A-Za-z0-9_])\d/g)].map((m) => m.index);
}

describe('MessageFlags.mentionsOtherProtocolBefore', () => {
  it('given numbers asked about in order then each answer is the whole-word scan of the text before it', () => {
    const flags = new MessageFlags('SMTP said 550, then HTTP 503');
    expect(flags.mentionsOtherProtocolBefore(10)).toBe(true);
    expect(flags.mentionsOtherProtocolBefore(25)).toBe(true);
    const clean = new MessageFlags('HTTP 503 from mysql');
    expect(clean.mentionsOtherProtocolBefore(5)).toBe(false);
  });

  it('given a name glued to an underscore then it is not a whole word', () => {
    expect(new MessageFlags('_mysql 503').mentionsOtherProtocolBefore(7)).toBe(false);
  });

  it('given any text and any order of questions then the answers match a fresh scan', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 16 })
          .map((parts) => parts.map(([piece, separator]) => piece + separator).join('')),
        fc.func(fc.integer()),
        (text, pick) => {
          const starts = numberStarts(text);
          const flags = new MessageFlags(text);
          // Mostly in order, as the detector asks, with some repeats and steps back mixed in.
          for (let i = 0; i < starts.length * 2; i++) {
            const pos = starts[Math.abs(pick(i)) % Math.max(1, starts.length)];
            if (pos === undefined) break;
            expect(flags.mentionsOtherProtocolBefore(pos)).toBe(reference(text, pos));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
