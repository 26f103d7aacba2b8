import type { StatusEntry } from '../dataset/schema.js';
import { compactText } from '../query/normalizeText.js';
import { correctTypos } from './correctTypos.js';
import { expandSynonyms } from './expandSynonyms.js';
import type { SearchIndex } from './searchIndex.js';
import { KEY_WEIGHT, type SearchKey } from './searchKeys.js';

/** What a free-text search found. */
export type SearchOutcome =
  | { type: 'match'; entry: StatusEntry }
  | { type: 'ambiguous'; candidates: StatusEntry[] }
  | { type: 'none'; suggestions: StatusEntry[] };

/** Names and aliases are far shorter; a longer query is a paste and only its start is searched. */
export const SEARCH_TEXT_LIMIT = 64;
/** The most candidates an ambiguous answer lists. */
export const MAX_CANDIDATES = 5;
/** The most suggestions a "no match" answer offers. */
export const MAX_SUGGESTIONS = 3;
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

/** Partial-match scores: a name starting with the query beats an alias doing so, beats word matches. */
const NAME_PREFIX = 24;
const OTHER_PREFIX = 22;
const NAME_WORDS = 15;
const ANY_WORDS = 12;
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

interface Scored {
  entry: StatusEntry;
  score: number;
  /** A reason phrase (current, localized or former) of this code contains the query. */
  named?: boolean;
}

/**
 * Finds the codes a normalised free-text query names. Exact keys first (names, aliases, former names),
 * then prefixes and word-by-word matches, then the same with known synonyms, and only then fuse.js for
 * typos. Registered codes win over unofficial ones that match equally, so "too many" is 429 rather
 * than AWS's 463.
 */
export function searchEntries(index: SearchIndex, query: string): SearchOutcome {
  const text = query.slice(0, SEARCH_TEXT_LIMIT).trim();
  if (text === '') return { type: 'none', suggestions: [] };
  const direct = searchByKeys(index, text);
  if (direct) return direct;
  const expanded = expandSynonyms(text);
  const viaSynonym = expanded ? searchByKeys(index, expanded) : undefined;
  if (viaSynonym) return viaSynonym;
  const corrected = correctTypos(expanded ?? text, index.vocabulary);
  const viaCorrection = corrected ? searchByKeys(index, corrected) : undefined;
  if (viaCorrection) return viaCorrection;
  const fuzzy = searchFuzzy(index, text);
  if (fuzzy.type !== 'none' || fuzzy.suggestions.length > 0) return fuzzy;
  return { type: 'none', suggestions: overlapping(index, expanded ?? text) };
}

/** The one code whose name or alias is exactly `text`, if there is one. */
export function findByExactKey(index: SearchIndex, text: string): StatusEntry | undefined {
  const keys = index.exact.get(text) ?? index.exact.get(compactText(text));
  const outcome = keys ? decideExact(scoreKeys(index, keys)) : undefined;
  return outcome?.type === 'match' ? outcome.entry : undefined;
}

/** The exact and partial paths: a whole key, a key's prefix, or every word found among a code's words. */
function searchByKeys(index: SearchIndex, text: string): SearchOutcome | undefined {
  const exact = index.exact.get(text) ?? index.exact.get(compactText(text));
  if (exact) return decideExact(scoreKeys(index, exact));
  const partial = matchPartially(index, text);
  return partial.length > 0 ? decidePartial(partial) : undefined;
}

function scoreKeys(index: SearchIndex, keys: readonly SearchKey[]): Scored[] {
  const best = new Map<number, number>();
  for (const key of keys) best.set(key.code, Math.max(best.get(key.code) ?? 0, key.weight));
  return toScored(index, best);
}

function toScored(index: SearchIndex, best: ReadonlyMap<number, number>): Scored[] {
  return [...best].flatMap(([code, score]) => {
    const entry = index.byCode.get(code);
    return entry ? [{ entry, score }] : [];
  });
}

function matchPartially(index: SearchIndex, text: string): Scored[] {
  const compact = compactText(text);
  const best = new Map<number, number>();
  const named = new Set<number>();
  const note = (code: number, score: number) => best.set(code, Math.max(best.get(code) ?? 0, score));
  const tokens = queryTokens(text);
  for (const key of index.keys) {
    const isName = key.weight === KEY_WEIGHT.name;
    if (compact.length >= 2 && (key.text.startsWith(text) || key.compact.startsWith(compact))) {
      note(key.code, isName ? NAME_PREFIX : OTHER_PREFIX);
      if (isName) named.add(key.code);
    } else if (isName && tokens.length > 0 && tokens.every((token) => matchesWord(token, key.words))) {
      note(key.code, NAME_WORDS);
      named.add(key.code);
    }
  }
  if (tokens.length > 0) {
    for (const [code, words] of index.words) {
      if (!best.has(code) && tokens.every((token) => matchesWord(token, words))) note(code, ANY_WORDS);
    }
  }
  return toScored(index, best).map((s) => ({ ...s, named: named.has(s.entry.code) }));
}

/** Last resort for suggestions: the codes that share the most words with the query. */
function overlapping(index: SearchIndex, text: string): StatusEntry[] {
  const tokens = queryTokens(text);
  const scored: Scored[] = [];
  for (const [code, words] of index.words) {
    const score = tokens.filter((token) => matchesWord(token, words)).length;
    const entry = index.byCode.get(code);
    if (score > 0 && entry) scored.push({ entry, score });
  }
  return scored
    .sort(byRank)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.entry);
}

/** Query words worth matching: single Latin letters and digits say too little. */
function queryTokens(text: string): string[] {
  return text
    .split(' ')
    .filter((token) => token.length >= 2 || HANGUL.test(token))
    .slice(0, 8);
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

/** Registered codes first; unofficial ones only compete among themselves. */
function rankPool(scored: Scored[]): { ranked: Scored[]; pool: Scored[] } {
  const ranked = [...scored].sort(byRank);
  const registered = ranked.filter((s) => isRegistered(s.entry));
  return { ranked, pool: registered.length > 0 ? registered : ranked };
}

function ambiguous(ranked: Scored[]): SearchOutcome {
  return { type: 'ambiguous', candidates: ranked.slice(0, MAX_CANDIDATES).map((s) => s.entry) };
}

/** A whole key matched: the best-named code wins (a reason phrase over an alias); a tie is a list. */
function decideExact(scored: Scored[]): SearchOutcome {
  const { ranked, pool } = rankPool(scored);
  const [top, next] = pool;
  if (!top) return { type: 'none', suggestions: [] };
  if (!next || top.score > next.score) return { type: 'match', entry: top.entry };
  return ambiguous(ranked);
}

/**
 * A prefix or words matched: one code is the answer only when it is the only candidate, or the only
 * one whose name starts with the query while no other code's name even contains it ("too many" ->
 * 429; "gateway" -> 502 and 504, as "Bad Gateway" names it too).
 */
function decidePartial(scored: Scored[]): SearchOutcome {
  const { ranked, pool } = rankPool(scored);
  const [top, next] = pool;
  if (!top) return { type: 'none', suggestions: [] };
  if (!next) return { type: 'match', entry: top.entry };
  const namedByPrefix = pool.filter((s) => s.score === NAME_PREFIX);
  const namedAtAll = pool.filter((s) => s.named);
  if (namedByPrefix.length === 1 && namedAtAll.length === 1)
    return { type: 'match', entry: namedByPrefix[0]!.entry };
  return ambiguous(ranked);
}

function searchFuzzy(index: SearchIndex, text: string): SearchOutcome {
  // One or two letters carry no typo worth correcting, and fuse.js would scan every name for them.
  if (compactText(text).length < 3) return { type: 'none', suggestions: [] };
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
