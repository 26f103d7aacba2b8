import type { QueryResult } from '../answer.js';
import type { Comparison } from '../dataset/comparisonSchema.js';
import type { HeaderEntry } from '../dataset/headerSchema.js';
import type { StatusEntry } from '../dataset/schema.js';
import { comparisonKey } from '../dataset/validateReferences.js';
import { findHeader, type HeaderIndex, lookupHeader } from '../headers/headerIndex.js';
import { normalizeText } from '../query/normalizeText.js';

/** The most codes a comparison puts side by side (three columns still read on a phone). */
export const MAX_COMPARED = 3;

/** The header cards and hand-written comparisons, ready to look up. */
export interface ReferenceIndex {
  headers: HeaderIndex;
  /** `comparisonKey(codes)` -> the comparison of exactly those codes. */
  comparisons: ReadonlyMap<string, Comparison>;
}

/** `header <name>`: the card, the list (no name), or "no such header" with the closest names. */
export function resolveHeader(name: string, references: ReferenceIndex): QueryResult {
  if (name === '') return { type: 'headerList' };
  const found = lookupHeader(references.headers, name);
  return found.type === 'match'
    ? { type: 'header', header: found.header }
    : { type: 'headerNotFound', query: name, suggestions: found.suggestions };
}

/**
 * A bare query that names a header exactly (`www-authenticate`, `retry-after header`, `재시도 헤더`),
 * for free text that no code's name or alias matches exactly.
 */
export function headerNamedBy(normalized: string, references: ReferenceIndex): HeaderEntry | undefined {
  const index = references.headers;
  return (
    findHeader(index, normalized) ?? findHeader(index, normalized.replace(/\s*(?:header|헤더|해더)$/, ''))
  );
}

/** Codes side by side, or why not: more than three, or some not in the dataset. */
export function resolveCompare(
  values: readonly string[],
  byCode: ReadonlyMap<number, StatusEntry>,
  references: ReferenceIndex,
): QueryResult {
  const entryOf = (value: string) => (/^\d{3}$/.test(value) ? byCode.get(Number(value)) : undefined);
  const known = values.flatMap((value) => {
    const entry = entryOf(value);
    return entry ? [entry] : [];
  });
  if (values.length > MAX_COMPARED)
    return { type: 'compareRefused', reason: 'tooMany', values: [...values], unknown: [], known };
  const unknown = values.filter((value) => !entryOf(value));
  if (unknown.length > 0)
    return { type: 'compareRefused', reason: 'unknownCode', values: [...values], unknown, known };
  const comparison = references.comparisons.get(comparisonKey(known.map((entry) => entry.code)));
  return comparison ? { type: 'compare', entries: known, comparison } : { type: 'compare', entries: known };
}

/** Normalises a header name the way the index does, for `StatusCore.headerCard`. */
export function headerByName(name: string, references: ReferenceIndex): HeaderEntry | undefined {
  return findHeader(references.headers, normalizeText(name));
}
