import { headerKeys } from '../dataset/headerKeys.js';
import type { HeaderEntry } from '../dataset/headerSchema.js';
import { compactText, normalizeText } from '../query/normalizeText.js';
import { codePoints, editDistance } from '../search/correctTypos.js';

/** The header cards, looked up by any of their names. Built once per dataset. */
export interface HeaderIndex {
  /** In dataset order. */
  readonly headers: readonly HeaderEntry[];
  /** Normalised name, covered name or alias (with and without spaces) -> header. */
  readonly byKey: ReadonlyMap<string, HeaderEntry>;
  /** Each header's compact keys as code points, for "did you mean". */
  readonly spellings: ReadonlyArray<{ header: HeaderEntry; chars: Int32Array; text: string }>;
}

/** What a header lookup found: one header, or the nearest few to suggest. */
export type HeaderLookup =
  | { type: 'match'; header: HeaderEntry }
  | { type: 'none'; suggestions: HeaderEntry[] };

/** Header names are short; anything longer is not a name. */
const HEADER_QUERY_LIMIT = 48;
/** The most headers a "no such header" answer suggests. */
export const MAX_HEADER_SUGGESTIONS = 3;

/** Builds the lookup over the validated headers (names and aliases are unique across headers). */
export function buildHeaderIndex(headers: readonly HeaderEntry[]): HeaderIndex {
  const byKey = new Map<string, HeaderEntry>();
  const spellings: Array<{ header: HeaderEntry; chars: Int32Array; text: string }> = [];
  for (const header of headers) {
    for (const key of headerKeys(header)) {
      if (!byKey.has(key)) byKey.set(key, header);
      if (!key.includes(' ')) spellings.push({ header, chars: codePoints(key), text: key });
    }
  }
  return { headers, byKey, spellings };
}

/** The header a normalised text names exactly (`retry after`, `retryafter`, `재시도 헤더`), if any. */
export function findHeader(index: HeaderIndex, normalized: string): HeaderEntry | undefined {
  if (normalized === '' || normalized.length > HEADER_QUERY_LIMIT) return undefined;
  return index.byKey.get(normalized) ?? index.byKey.get(compactText(normalized));
}

/**
 * Looks a header up as typed after `header`: an exact name or alias, else the one header whose name
 * starts with the text (`header www` -> WWW-Authenticate), else "none" with the closest spellings
 * (`retry-afer` -> Retry-After) and other prefix matches as suggestions.
 */
export function lookupHeader(index: HeaderIndex, typed: string): HeaderLookup {
  const normalized = normalizeText(typed.slice(0, HEADER_QUERY_LIMIT));
  const exact = findHeader(index, normalized);
  if (exact) return { type: 'match', header: exact };
  const compact = compactText(normalized);
  if (compact === '') return { type: 'none', suggestions: [] };
  const prefixed = unique(index.spellings.filter((s) => compact.length >= 3 && s.text.startsWith(compact)));
  if (prefixed.length === 1) return { type: 'match', header: prefixed[0]! };
  const chars = codePoints(compact);
  const maxDistance = chars.length < 6 ? 1 : 2;
  const near = index.spellings
    .map((s) => ({ header: s.header, distance: editDistance(chars, s.chars, maxDistance) }))
    .filter((s) => s.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance);
  const suggestions = unique([...near.map((s) => s.header), ...prefixed]).slice(0, MAX_HEADER_SUGGESTIONS);
  return { type: 'none', suggestions };
}

function unique(items: ReadonlyArray<HeaderEntry | { header: HeaderEntry }>): HeaderEntry[] {
  const seen = new Set<HeaderEntry>();
  for (const item of items) seen.add('header' in item ? item.header : item);
  return [...seen];
}
