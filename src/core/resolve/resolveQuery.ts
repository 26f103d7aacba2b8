import type { QueryResult } from '../answer.js';
import type { StatusClass, StatusEntry } from '../dataset/schema.js';
import type { QueryIntent } from '../query/parseQuery.js';
import { findByExactKey, findByExactText } from '../search/searchEntries.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { searchTypedQuery } from '../search/searchTypedQuery.js';
import { headerNamedBy, type ReferenceIndex, resolveCompare, resolveHeader } from './resolveReferences.js';

/** Longest number echoed back in an error. */
const NUMBER_ECHO_LIMIT = 20;

/** Turns a parsed intent into a typed result against the dataset. Never throws. */
export function resolveIntent(
  intent: QueryIntent,
  index: SearchIndex,
  entries: readonly StatusEntry[],
  random: () => number,
  references: ReferenceIndex,
): QueryResult {
  switch (intent.kind) {
    case 'number':
      return resolveNumber(intent.value, index);
    case 'class':
      return { type: 'class', statusClass: intent.statusClass };
    case 'random':
      return { type: 'random', entry: pickRandom(entries, random) };
    case 'help':
      return { type: 'help' };
    case 'list':
      return { type: 'list' };
    case 'header': {
      const result = resolveHeader(intent.name, references);
      if (result.type !== 'headerNotFound') return result;
      // "헤더 크기 초과" starts like a header query but is a code name or alias as a whole: answer it as
      // one, a choice included when several codes share it.
      const outcome = findByExactText(index, intent.text);
      if (outcome?.type === 'match') return { type: 'code', entry: outcome.entry };
      if (outcome?.type === 'ambiguous') {
        return { type: 'ambiguous', query: intent.original, candidates: outcome.candidates };
      }
      return result;
    }
    case 'compare':
      return resolveCompare(intent.values, index.byCode, references);
    case 'text': {
      if (intent.leadingCode) {
        const named = findByExactKey(index, intent.text);
        return named ? { type: 'code', entry: named } : resolveNumber(intent.leadingCode, index);
      }
      // A code's exact name or alias first, then a header's exact name (`www-authenticate`), and only
      // then the partial and fuzzy code search, which would otherwise turn "age" into "Page Expired".
      const named = findByExactKey(index, intent.text);
      if (named) return { type: 'code', entry: named };
      const header = headerNamedBy(intent.text, references);
      if (header) return { type: 'header', header };
      const outcome = searchTypedQuery(index, intent.text, intent.original);
      if (outcome.type === 'match') return { type: 'code', entry: outcome.entry };
      if (outcome.type === 'ambiguous') {
        const { candidates, readAs } = outcome;
        return readAs
          ? { type: 'ambiguous', query: intent.original, candidates, readAs }
          : { type: 'ambiguous', query: intent.original, candidates };
      }
      return { type: 'notFound', query: intent.original, suggestions: outcome.suggestions };
    }
  }
}

function resolveNumber(value: string, index: SearchIndex): QueryResult {
  if (/^\d{3}$/.test(value)) {
    const code = Number(value);
    const entry = index.byCode.get(code);
    if (entry) return { type: 'code', entry };
    if (code >= 100 && code <= 599) {
      return { type: 'unregistered', code, statusClass: Math.floor(code / 100) as StatusClass };
    }
  }
  return { type: 'invalidNumber', value: value.slice(0, NUMBER_ECHO_LIMIT) };
}

/** Any entry; `random` is injectable for tests and clamped so a bad source cannot index out of range. */
function pickRandom(entries: readonly StatusEntry[], random: () => number): StatusEntry {
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 0.999_999_999) : 0;
  return entries[Math.floor(unit * entries.length)]!;
}
