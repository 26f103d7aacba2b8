import { fieldOf, parseNamedItems } from './describeIssue.js';
import { datasetSchema, type StatusEntry } from './schema.js';

/** The outcome of validating a dataset: the parsed entries, or every problem found. */
export type DatasetValidation = { ok: true; entries: StatusEntry[] } | { ok: false; errors: string[] };

/**
 * Validates a parsed JSON value as the status-code dataset: the zod schema per entry, then the checks
 * that span entries (unique codes, related codes that exist). Each error names the entry by code and
 * index and the field path, e.g. `entry 503 (index 70): en.summary: ...`, so a person can find it.
 */
export function validateDataset(json: unknown): DatasetValidation {
  const parsed = parseNamedItems(datasetSchema, json, entryName, 'dataset');
  if (!parsed.ok) return parsed;
  const errors = findCrossEntryProblems(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries: parsed.data };
}

function findCrossEntryProblems(entries: readonly StatusEntry[]): string[] {
  const errors: string[] = [];
  const firstIndex = new Map<number, number>();
  entries.forEach((entry, index) => {
    const seen = firstIndex.get(entry.code);
    if (seen === undefined) firstIndex.set(entry.code, index);
    else errors.push(`entry ${entry.code} (index ${index}): code: duplicate of the entry at index ${seen}`);
  });
  entries.forEach((entry, index) => {
    entry.related.forEach((related, i) => {
      if (!firstIndex.has(related)) {
        errors.push(`entry ${entry.code} (index ${index}): related[${i}]: ${related} is not in the dataset`);
      }
    });
  });
  return errors;
}

function entryName(item: unknown, index: number): string {
  return `entry ${fieldOf(item, 'code')} (index ${index})`;
}
