import type { StatusEntry } from '../dataset/schema.js';
import { compactText } from '../query/normalizeText.js';
import type { SearchIndex } from './searchIndex.js';
import type { SearchKey } from './searchKeys.js';

/** What a free-text search found. */
export type SearchOutcome =
  | { type: 'match'; entry: StatusEntry }
  | { type: 'ambiguous'; candidates: StatusEntry[] }
  | { type: 'none'; suggestions: StatusEntry[] };

/** The most candidates an ambiguous answer lists. */
export const MAX_CANDIDATES = 5;
/** The most suggestions a "no match" answer offers. */
export const MAX_SUGGESTIONS = 3;
/** fuse.js (Bitap) slows down sharply past 32 characters; names and aliases are shorter anyway. */
export const FUZZY_QUERY_LIMIT = 32;

/**
 * fuse.js scores (0 = exact): hits up to FUZZY_CANDIDATE are candidates, and the best one is the
 * answer when it leads the next registered candidate by FUZZY_LEAD ("gatway timout" -> 504 at ~0.29,
 * the next at ~0.6). Looser hits up to FUZZY_SUGGESTION are only offered as "did you mean".
 */
const FUZZY_CANDIDATE = 0.35;
const FUZZY_LEAD = 0.1;
const FUZZY_SUGGESTION = 0.5;

const PREFIX_TIER = 20;
const WORD_TIER = 10;
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

interface Scored {
  entry: StatusEntry;
  score: number;
}

/**
 * Finds the codes a normalised free-text query names. Exact keys first (names, aliases, former names),
 * then prefixes and word-by-word matches, and only then fuse.js for typos. Registered codes win over
 * unofficial ones that match equally, so "too many" is 429 rather than AWS's 463.
 */
export function searchEntries(index: SearchIndex, text: string): SearchOutcome {
  if (text === '') return { type: 'none', suggestions: [] };
  const exact = index.exact.get(text) ?? index.exact.get(compactText(text));
  if (exact) return decide(scoreKeys(index, exact, 0), true);
  const partial = matchPartially(index, text);
  if (partial.length > 0) return decide(partial, false);
  return searchFuzzy(index, text);
}

function scoreKeys(index: SearchIndex, keys: readonly SearchKey[], tier: number): Scored[] {
  const best = new Map<number, number>();
  for (const key of keys) best.set(key.code, Math.max(best.get(key.code) ?? 0, tier + key.weight));
  return [...best].flatMap(([code, score]) => {
    const entry = index.byCode.get(code);
    return entry ? [{ entry, score }] : [];
  });
}

function matchPartially(index: SearchIndex, text: string): Scored[] {
  const compact = compactText(text);
  const best = new Map<number, number>();
  const note = (code: number, score: number) => best.set(code, Math.max(best.get(code) ?? 0, score));
  if (compact.length >= 2) {
    for (const key of index.keys) {
      if (key.text.startsWith(text) || key.compact.startsWith(compact))
        note(key.code, PREFIX_TIER + key.weight);
    }
  }
  const tokens = text.split(' ').filter((token) => token.length >= 2 || HANGUL.test(token));
  if (tokens.length > 0) {
    for (const [code, words] of index.words) {
      if (tokens.every((token) => matchesWord(token, words))) note(code, WORD_TIER + tokens.length);
    }
  }
  return [...best].flatMap(([code, score]) => {
    const entry = index.byCode.get(code);
    return entry ? [{ entry, score }] : [];
  });
}

/** Korean compounds are often written without spaces ("시간초과"), so a Korean word may match inside one. */
function matchesWord(token: string, words: readonly string[]): boolean {
  const inside = HANGUL.test(token);
  return words.some((word) => (inside ? word.includes(token) : word.startsWith(token)));
}

function isRegistered(entry: StatusEntry): boolean {
  return entry.status !== 'unofficial';
}

function byRank(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    Number(isRegistered(b.entry)) - Number(isRegistered(a.entry)) ||
    a.entry.code - b.entry.code
  );
}

/**
 * One registered code gives its card; so does a best exact key (a name beats an alias) when
 * `topWins`. Otherwise a short ranked list.
 */
function decide(scored: Scored[], topWins: boolean): SearchOutcome {
  const ranked = [...scored].sort(byRank);
  const registered = ranked.filter((s) => isRegistered(s.entry));
  const pool = registered.length > 0 ? registered : ranked;
  const top = pool[0];
  if (!top) return { type: 'none', suggestions: [] };
  if (pool.length === 1 || (topWins && top.score > (pool[1]?.score ?? 0))) {
    return { type: 'match', entry: top.entry };
  }
  return { type: 'ambiguous', candidates: ranked.slice(0, MAX_CANDIDATES).map((s) => s.entry) };
}

function searchFuzzy(index: SearchIndex, text: string): SearchOutcome {
  const results = index.fuse.search(text.slice(0, FUZZY_QUERY_LIMIT), { limit: 8 });
  const hits = results.flatMap((result) => {
    const entry = index.byCode.get(result.item.code);
    return entry ? [{ entry, score: result.score ?? 1 }] : [];
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
