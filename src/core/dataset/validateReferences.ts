import { type Comparison, comparisonsSchema } from './comparisonSchema.js';
import { fieldOf, parseNamedItems } from './describeIssue.js';
import { headerKeys } from './headerKeys.js';
import { type HeaderEntry, headersSchema } from './headerSchema.js';

/** Validated header cards, or every problem found. */
export type HeadersValidation = { ok: true; headers: HeaderEntry[] } | { ok: false; errors: string[] };
/** Validated comparisons, or every problem found. */
export type ComparisonsValidation = { ok: true; comparisons: Comparison[] } | { ok: false; errors: string[] };

/**
 * Validates data/headers.json: the schema per header, then what spans headers and the code dataset:
 * no name or alias shared by two headers, every code a header goes with exists in `codes`, and every
 * related header exists. Errors name the header, e.g. `header Retry-After (index 0): codes[1]: ...`.
 */
export function validateHeaders(json: unknown, codes: ReadonlySet<number>): HeadersValidation {
  const parsed = parseNamedItems(headersSchema, json, headerName, 'headers');
  if (!parsed.ok) return parsed;
  const headers = parsed.data;
  const errors: string[] = [];
  const owner = new Map<string, string>();
  const names = new Set(headers.map((header) => header.name.toLowerCase()));
  headers.forEach((header, index) => {
    const at = headerName(header, index);
    for (const key of headerKeys(header)) {
      const other = owner.get(key);
      if (other && other !== header.name) errors.push(`${at}: "${key}" is also a name of ${other}`);
      owner.set(key, header.name);
    }
    header.codes.forEach((use, i) => {
      if (!codes.has(use.code)) errors.push(`${at}: codes[${i}]: ${use.code} is not in the dataset`);
    });
    header.related.forEach((name, i) => {
      if (!names.has(name.toLowerCase())) errors.push(`${at}: related[${i}]: no header named ${name}`);
      if (name.toLowerCase() === header.name.toLowerCase()) errors.push(`${at}: related[${i}]: itself`);
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, headers };
}

/**
 * Validates data/comparisons.json: the schema, then codes that exist in `codes` and no set of codes
 * written twice. Errors name the comparison, e.g. `comparison 401/403 (index 0): ...`.
 */
export function validateComparisons(json: unknown, codes: ReadonlySet<number>): ComparisonsValidation {
  const parsed = parseNamedItems(comparisonsSchema, json, comparisonName, 'comparisons');
  if (!parsed.ok) return parsed;
  const errors: string[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((comparison, index) => {
    const at = comparisonName(comparison, index);
    for (const code of comparison.codes)
      if (!codes.has(code)) errors.push(`${at}: codes: ${code} is not in the dataset`);
    const key = comparisonKey(comparison.codes);
    if (seen.has(key)) errors.push(`${at}: codes: these codes are compared twice`);
    seen.add(key);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, comparisons: parsed.data };
}

/** The same key for the same codes in any order: "401,403". */
export function comparisonKey(codes: readonly number[]): string {
  return [...codes].sort((a, b) => a - b).join(',');
}

function headerName(item: unknown, index: number): string {
  return `header ${fieldOf(item, 'name')} (index ${index})`;
}

function comparisonName(item: unknown, index: number): string {
  return `comparison ${fieldOf(item, 'codes')} (index ${index})`;
}
