import { compactText } from '../query/normalizeText.js';
import { fuzzyHits } from './fuzzyIndex.js';
import { isRegistered, MAX_CANDIDATES, MAX_SUGGESTIONS, type SearchOutcome } from './rankMatches.js';
import type { SearchIndex } from './searchIndex.js';

/**
 * fuse.js (Bitap) cost grows with the pattern length; past this many characters a query is a paste,
 * not a typo of a name, and the typo tier has already had its chance.
 */
export const FUZZY_QUERY_LIMIT = 16;

/**
 * fuse.js scores (0 = exact): hits up to FUZZY_CANDIDATE are candidates, and the best one is the
 * answer when it leads the next registered candidate by FUZZY_LEAD ("gatway timout" -> 504 at ~0.29,
 * the next at ~0.6). Looser hits up to FUZZY_SUGGESTION are only offered as "did you mean".
 */
const FUZZY_CANDIDATE = 0.35;
const FUZZY_LEAD = 0.1;
const FUZZY_SUGGESTION = 0.45;

/** The last tier: fuse.js over the reason phrases, for typos the word-by-word correction missed. */
export function searchFuzzy(index: SearchIndex, text: string): SearchOutcome {
  // One or two letters carry no typo worth correcting, and fuse.js would scan every name for them.
  if (compactText(text).length < 3) return { type: 'none', suggestions: [] };
  const hits = fuzzyHits(index.fuzzy, text.slice(0, FUZZY_QUERY_LIMIT), 8).flatMap((hit) => {
    const entry = index.byCode.get(hit.code);
    return entry ? [{ entry, score: hit.score }] : [];
  });
  const candidates = hits
    .filter((hit) => hit.score <= FUZZY_CANDIDATE)
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(isRegistered(b.entry)) - Number(isRegistered(a.entry)) ||
        a.entry.code - b.entry.code,
    );
  if (candidates.length === 0) {
    const near = hits.filter((hit) => hit.score <= FUZZY_SUGGESTION);
    return { type: 'none', suggestions: near.slice(0, MAX_SUGGESTIONS).map((hit) => hit.entry) };
  }
  const registered = candidates.filter((hit) => isRegistered(hit.entry));
  const pool = registered.length > 0 ? registered : candidates;
  const [best, second] = pool;
  if (best && (!second || second.score - best.score >= FUZZY_LEAD))
    return { type: 'match', entry: best.entry };
  return { type: 'ambiguous', candidates: candidates.slice(0, MAX_CANDIDATES).map((hit) => hit.entry) };
}
