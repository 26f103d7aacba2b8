import Fuse, { type IFuseOptions } from 'fuse.js';

/** A document for fuse.js: one code and its reason phrases, normalised (short fields keep it cheap). */
export interface FuzzyDoc {
  code: number;
  names: string[];
}

/** One fuzzy hit: fuse.js's score for the document (0 = exact, lower is better). */
export interface FuzzyHit {
  code: number;
  score: number;
}

/** Loosest fuse.js score we ever look at; the search applies its own, stricter cut-offs. */
export const FUZZY_THRESHOLD = 0.45;

/** The fuse.js options of every fuzzy search (exported so tests can build the unfiltered reference). */
export const FUZZY_OPTIONS: IFuseOptions<FuzzyDoc> = {
  keys: ['names'],
  includeScore: true,
  ignoreLocation: true,
  threshold: FUZZY_THRESHOLD,
  minMatchCharLength: 2,
  ignoreFieldNorm: true,
};

interface FuzzyEntry {
  doc: FuzzyDoc;
  /** How often each UTF-16 unit occurs in each name, for the bound in `fuzzyHits`. */
  counts: ReadonlyArray<ReadonlyMap<number, number>>;
  /** A fuse.js instance over this one document, so a query pays only for the documents it could match. */
  fuse: Fuse<FuzzyDoc>;
}

/** fuse.js over the reason phrases, with a cheap test that skips documents no query could match. */
export interface FuzzyIndex {
  readonly entries: readonly FuzzyEntry[];
}

/** Builds the fuzzy index; documents keep their order, which breaks ties between equal scores. */
export function buildFuzzyIndex(docs: readonly FuzzyDoc[]): FuzzyIndex {
  return {
    entries: docs.map((doc) => ({
      doc,
      counts: doc.names.map((name) => unitCounts(name.toLowerCase())),
      fuse: new Fuse([doc], FUZZY_OPTIONS),
    })),
  };
}

/** fuse.js splits longer patterns into chunks and scores them together; the bound below is per chunk. */
const BITAP_CHUNK = 32;

/**
 * Exactly what `new Fuse(docs, FUZZY_OPTIONS).search(pattern, { limit })` returns for a pattern that is
 * not blank (same hits, scores and order: score, then document order), but fuse.js runs only on the
 * documents where some name could score within the threshold. fuse.js (Bitap) scores a name by
 * errors / pattern length, where errors is the edit distance to the best substring of the name; every
 * unit of the pattern that the name lacks (counting repeats) costs at least one edit, so that count
 * bounds the score from below. A query made of letters no name has leaves nothing to search at all.
 */
export function fuzzyHits(index: FuzzyIndex, pattern: string, limit: number): FuzzyHit[] {
  const folded = pattern.toLowerCase();
  if (folded.trim() === '') return [];
  const wanted = unitCounts(folded);
  const bounded = folded.length <= BITAP_CHUNK;
  const couldMatch = (counts: ReadonlyMap<number, number>) =>
    missingUnits(wanted, counts) / folded.length <= FUZZY_THRESHOLD;
  const hits: Array<FuzzyHit & { order: number }> = [];
  index.entries.forEach((entry, order) => {
    if (bounded && !entry.counts.some(couldMatch)) return;
    for (const result of entry.fuse.search(pattern, { limit: 1 }))
      hits.push({ code: result.item.code, score: result.score ?? 1, order });
  });
  return hits
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({ code, score }) => ({ code, score }));
}

/** How many units of the pattern (with repeats) the name cannot supply. */
function missingUnits(wanted: ReadonlyMap<number, number>, have: ReadonlyMap<number, number>): number {
  let missing = 0;
  for (const [unit, count] of wanted) missing += Math.max(0, count - (have.get(unit) ?? 0));
  return missing;
}

/** UTF-16 units, as fuse.js's Bitap compares them. */
function unitCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return counts;
}
