import { describe, expect, it } from 'vitest';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';

/** Lists are handled as the numbers are read; these pin the forward and backward joins and their order. */
describe('detector lists', () => {
  it('given a list whose last code has the cue then the earlier codes join it, in order of appearance', () => {
    expect(detectStatusCodes('502, 503 and 504 errors').codes).toEqual([502, 503, 504]);
  });

  it('given a long list that only ends in a cue then every distinct code joins it once', () => {
    const text = `429, ${'503, 502, '.repeat(3000)}504 errors`;
    expect(detectStatusCodes(text).codes).toEqual([429, 503, 502, 504]);
  });

  it('given a list broken by a word that is not a separator then the codes before it stay out', () => {
    expect(detectStatusCodes('502, 503 and HTTP 504').codes).toEqual([504]);
  });

  it('given a number vetoed inside a list then the list does not reach past it', () => {
    expect(detectStatusCodes('502, 503, port 504, 429').codes).toEqual([]);
  });

  it('given codes already found earlier then a later list keeps the first positions', () => {
    expect(detectStatusCodes('seen 503, 502 and 504 errors, then HTTP 429, 503').codes).toEqual([
      503, 502, 504, 429,
    ]);
  });
});
