import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { FUZZY_OPTIONS, fuzzyHits } from '../../../src/core/search/fuzzyIndex.js';
import { buildSearchIndex } from '../../../src/core/search/searchIndex.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const index = buildSearchIndex(shippedEntries());
const docs = index.fuzzy.entries.map((entry) => entry.doc);
/** fuse.js as the search used it before: one instance over every document, nothing skipped. */
const reference = new Fuse(docs, FUZZY_OPTIONS);
const names = docs.flatMap((doc) => doc.names);

/** A name with a few random edits: what a typo looks like. */
const typoOfName = fc
  .tuple(
    fc.constantFrom(...names),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('drop', 'swap', 'add'), fc.constantFrom(...'aeiourstn 게이')),
      {
        maxLength: 4,
      },
    ),
  )
  .map(([name, edits]) => {
    const chars = Array.from(name);
    for (const [at, edit, char] of edits) {
      const i = at % Math.max(1, chars.length);
      if (edit === 'drop') chars.splice(i, 1);
      else if (edit === 'add') chars.splice(i, 0, char);
      else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
    }
    return chars.join('');
  });

const pattern = fc
  .oneof(
    typoOfName,
    fc.stringMatching(/^[a-z ]{1,16}$/),
    fc.string({ maxLength: 16 }),
    fc.string({ unit: 'binary', maxLength: 16 }),
  )
  .map((text) => text.slice(0, 16))
  .filter((text) => text.trim() !== '');

describe('fuzzyHits', () => {
  it('given any pattern then exactly the hits, scores and order of fuse.js over every document', () => {
    fc.assert(
      fc.property(pattern, (text) => {
        const expected = reference
          .search(text, { limit: 8 })
          .map((result) => ({ code: result.item.code, score: result.score ?? 1 }));
        expect(fuzzyHits(index.fuzzy, text, 8)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('given typos of names then hits come back (the skipping is not vacuous)', () => {
    expect(fuzzyHits(index.fuzzy, 'gatway timout', 8)[0]?.code).toBe(504);
    expect(fuzzyHits(index.fuzzy, 'servce unavailab', 8)[0]?.code).toBe(503);
  });

  it('given letters that no name has enough of then no hits', () => {
    expect(fuzzyHits(index.fuzzy, 'zzqxqqqqqqqqqqqq', 8)).toEqual([]);
  });
});
