import type { z } from 'zod';
import { formatIssuePath } from './formatIssuePath.js';

/**
 * Parses a JSON array with `schema`; on failure, every issue as a line that names the item (see
 * `describeIssue`).
 */
export function parseNamedItems<T>(
  schema: z.ZodType<T>,
  json: unknown,
  nameAt: (item: unknown, index: number) => string,
  fileLabel: string,
): { ok: true; data: T } | { ok: false; errors: string[] } {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => describeIssue(json, issue, nameAt, fileLabel)),
  };
}

/**
 * Turns a zod issue on an array of items into a line a person can act on: the item (as `nameAt` names
 * it, e.g. `entry 503 (index 70)`) and the field path, e.g. `entry 503 (index 70): en.summary: ...`.
 * Issues with the whole file (not an array) are prefixed with `fileLabel`.
 */
function describeIssue(
  json: unknown,
  issue: z.core.$ZodIssue,
  nameAt: (item: unknown, index: number) => string,
  fileLabel: string,
): string {
  const [index, ...field] = issue.path;
  if (typeof index !== 'number') return `${fileLabel}: ${issue.message}`;
  const where = field.length > 0 ? formatIssuePath(field) : '(entry)';
  const item = Array.isArray(json) ? (json[index] as unknown) : undefined;
  return `${nameAt(item, index)}: ${where}: ${issue.message}`;
}

/** An item's string or number field, for naming it in an error ("?" when it has none). */
export function fieldOf(item: unknown, key: string): string {
  if (item && typeof item === 'object' && key in item) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.join('/');
  }
  return '?';
}

/** `['en', 'causes', 0]` -> `en.causes[0]`. */
