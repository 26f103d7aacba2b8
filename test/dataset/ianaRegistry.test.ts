/**
 * The dataset against a dated snapshot of the IANA registry kept in the repository
 * (`test/fixtures/iana`), so a fresh clone checks the registry facts with nothing from outside it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

interface RegistryRow {
  code: number;
  description: string;
  /** RFC numbers named in the Reference column, in order. */
  rfcs: string[];
  /** The section the Reference names, when it names one. */
  section?: string;
}

/** Reads the snapshot: `Value,Description,Reference`, the reference quoted when it holds a comma. */
function readRegistrySnapshot(csv: string): RegistryRow[] {
  const rows: RegistryRow[] = [];
  for (const line of csv.trim().split('\n').slice(1)) {
    const match = /^(\d{3}),([^,]+),"?(.*?)"?$/.exec(line);
    if (!match) throw new Error(`unreadable registry row: ${line}`);
    const [, value, description, reference] = match as unknown as [string, string, string, string];
    const section = /Section ([\d.]+)/.exec(reference)?.[1];
    rows.push({
      code: Number(value),
      description,
      rfcs: [...reference.matchAll(/RFC(\d+)/g)].map((m) => m[1] as string),
      ...(section ? { section } : {}),
    });
  }
  return rows;
}

const registry = readRegistrySnapshot(
  readFileSync(new URL('../fixtures/iana/http-status-codes.csv', import.meta.url), 'utf8'),
);
const entries = shippedEntries();
const byCode = new Map(entries.map((e) => [e.code, e]));

describe('dataset against the IANA registry snapshot', () => {
  it('given the snapshot then it holds the 63 assigned codes, each once', () => {
    expect(registry).toHaveLength(63);
    expect(new Set(registry.map((r) => r.code)).size).toBe(63);
  });

  it('given the dataset then its registered codes are exactly the registry codes', () => {
    const registered = entries.filter((e) => e.status !== 'unofficial').map((e) => e.code);
    expect(registered.sort()).toEqual(registry.map((r) => r.code).sort());
  });

  it.each(registry.map((r) => [r.code, r] as const))(
    'given %i then its name is the registry Description and its spec the registry Reference',
    (code, row) => {
      const entry = byCode.get(code);
      expect(entry, `${code} missing`).toBeDefined();
      expect(entry?.name).toBe(row.description);
      expect(entry?.spec?.title).toBe(`RFC ${row.rfcs[0]}`);
      if (row.section) expect(entry?.spec?.section).toBe(row.section);
    },
  );

  it('given a malformed snapshot row then reading it fails loudly instead of skipping it', () => {
    expect(() => readRegistrySnapshot('Value,Description,Reference\nfoo')).toThrow(/unreadable/);
  });
});
