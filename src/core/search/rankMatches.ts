import type { StatusEntry } from '../dataset/schema.js';
import type { SearchIndex } from './searchIndex.js';
import { KEY_WEIGHT, type SearchKey } from './searchKeys.js';

/** What a free-text search found. */
export type SearchOutcome =
  | { type: 'match'; entry: StatusEntry }
  | { type: 'ambiguous'; candidates: StatusEntry[] }
  | { type: 'none'; suggestions: StatusEntry[] };

/** The most candidates an ambiguous answer lists. */
export const MAX_CANDIDATES = 5;
/** The most suggestions a "no match" answer offers. */
export const MAX_SUGGESTIONS = 3;

/** Partial-match scores: a name starting with the query beats an alias doing so, beats word matches. */
export const PARTIAL_SCORE = { namePrefix: 24, otherPrefix: 22, nameWords: 15, anyWords: 12 } as const;

/** A code with how well the query matched it. */
export interface Scored {
  entry: StatusEntry;
  score: number;
  /** A reason phrase (current, localized or former) of this code contains the query. */
  named?: boolean;
}

/** Each code among `keys` with the weight of its strongest key. */
export function scoreKeys(index: SearchIndex, keys: readonly SearchKey[]): Scored[] {
  const best = new Map<number, number>();
  for (const key of keys) best.set(key.code, Math.max(best.get(key.code) ?? 0, key.weight));
  return toScored(index, best);
}

/** Code -> score pairs as entries of the dataset. */
export function toScored(index: SearchIndex, best: ReadonlyMap<number, number>): Scored[] {
  return [...best].flatMap(([code, score]) => {
    const entry = index.byCode.get(code);
    return entry ? [{ entry, score }] : [];
  });
}

export function isRegistered(entry: StatusEntry): boolean {
  return entry.status !== 'unofficial';
}

/** Best score first, then registered codes, then by number. */
export function byRank(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    Number(isRegistered(b.entry)) - Number(isRegistered(a.entry)) ||
    a.entry.code - b.entry.code
  );
}

/** Registered codes first; unofficial ones only compete among themselves. */
function rankPool(scored: readonly Scored[]): { ranked: Scored[]; pool: Scored[] } {
  const ranked = [...scored].sort(byRank);
  const registered = ranked.filter((s) => isRegistered(s.entry));
  return { ranked, pool: registered.length > 0 ? registered : ranked };
}

function ambiguous(ranked: readonly Scored[]): SearchOutcome {
  return { type: 'ambiguous', candidates: ranked.slice(0, MAX_CANDIDATES).map((s) => s.entry) };
}

/**
 * A whole key matched. One code answers when it is the only one with that key, or the only registered
 * code whose reason phrase it is ("unauthorized" -> 401, not AWS's 561 of the same name). Otherwise
 * the key is shared on purpose (an alias given to several codes: "redirect", "timeout", "ssl
 * certificate error") and the answer is a choice, reason phrases and registered codes first.
 */
export function decideExact(scored: readonly Scored[]): SearchOutcome {
  const ranked = [...scored].sort(byRank);
  const [top, next] = ranked;
  if (!top) return { type: 'none', suggestions: [] };
  if (!next) return { type: 'match', entry: top.entry };
  const registeredNames = ranked.filter((s) => s.score >= KEY_WEIGHT.name && isRegistered(s.entry));
  if (registeredNames.length === 1) return { type: 'match', entry: registeredNames[0]!.entry };
  return ambiguous(ranked);
}

/**
 * A prefix or words matched: one code is the answer only when it is the only candidate, or the only
 * one whose name starts with the query while no other code's name even contains it ("too many" ->
 * 429; "gateway" -> 502 and 504, as "Bad Gateway" names it too).
 */
export function decidePartial(scored: readonly Scored[]): SearchOutcome {
  const { ranked, pool } = rankPool(scored);
  const [top, next] = pool;
  if (!top) return { type: 'none', suggestions: [] };
  if (!next) return { type: 'match', entry: top.entry };
  const namedByPrefix = pool.filter((s) => s.score === PARTIAL_SCORE.namePrefix);
  const namedAtAll = pool.filter((s) => s.named);
  if (namedByPrefix.length === 1 && namedAtAll.length === 1)
    return { type: 'match', entry: namedByPrefix[0]!.entry };
  return ambiguous(ranked);
}
