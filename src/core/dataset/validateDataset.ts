import type { z } from 'zod';
import { formatIssuePath } from './formatIssuePath.js';
import { datasetSchema, type StatusEntry } from './schema.js';

/** The outcome of validating a dataset: the parsed entries, or every problem found. */
export type DatasetValidation = { ok: true; entries: StatusEntry[] } | { ok: false; errors: string[] };

/**
 * Validates a parsed JSON value as the status-code dataset: the zod schema per entry, then the checks
 * that span entries (unique codes, related codes that exist). Each error names the entry by code and
 * index and the field path, e.g. `entry 503 (index 70): en.summary: ...`, so a person can find it.
 */
export function validateDataset(json: unknown): DatasetValidation {
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(json, issue)) };
  }
  const errors = findCrossEntryProblems(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries: parsed.data };
}

function describeIssue(json: unknown, issue: z.core.$ZodIssue): string {
  const [index, ...field] = issue.path;
  if (typeof index !== 'number') return `dataset: ${issue.message}`;
  const where = field.length > 0 ? formatIssuePath(field) : '(entry)';
  return `${entryName(json, index)}: ${where}: ${issue.message}`;
}

function entryName(json: unknown, index: number): string {
  const item = Array.isArray(json) ? (json[index] as unknown) : undefined;
  const code =
    item &&
    typeof item === 'object' &&
    'code' in item &&
    (typeof item.code === 'number' || typeof item.code === 'string')
      ? String(item.code)
      : '?';
  return `entry ${code} (index ${index})`;
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
