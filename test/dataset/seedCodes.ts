import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seed sits in `../shared` beside the repository (also in CI). */
export const SEED_PATH = fileURLToPath(
  new URL('../../../shared/seed/http-status-codes.ko.md', import.meta.url),
);

/**
 * The codes the seed lists: top-level list items that start with a code, with or without markdown
 * decoration (`- 503 ...`, `- **503 ...`, `- **[503 ...`, `- [451](...)`). Indented items (the
 * class overview at the top) are not codes.
 */
export function seedCodes(markdown: string = readFileSync(SEED_PATH, 'utf8')): number[] {
  const codes: number[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^- (?:\*\*)?\[?(\d{3})\b/.exec(line);
    if (match) codes.push(Number(match[1]));
  }
  return codes;
}
