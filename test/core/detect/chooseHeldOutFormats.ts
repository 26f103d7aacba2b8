/**
 * The seeded split of the generalisation corpus into a development part and a held-out part, by source
 * format. Kept as code so anyone can re-run it and see that the recorded split is the one the seed picks,
 * not a choice made after looking at the messages or at the detector's results.
 *
 * Procedure, per group of formats with the same language and family:
 * 1. sort the group's format ids (code-point order);
 * 2. shuffle them with Fisher-Yates driven by mulberry32, seeded with `seed + fnv1a("<lang>/<family>")`
 *    (unsigned 32-bit), so each group's draw does not depend on which other groups exist;
 * 3. the first `ceil(0.3 * n)` formats of the shuffled order are held out, the rest are dev.
 */

import { seededRandom } from '../../../src/core/random/seededShuffle.js';

/** A source format as the split sees it. */
export interface FormatToSplit {
  readonly format: string;
  readonly family: string;
  readonly lang: string;
}

/** Share of each group's formats that is held out (rounded up). */
export const HELD_OUT_SHARE = 0.3;

/** FNV-1a over UTF-16 code units, unsigned 32-bit. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Returns the ids of the formats the seed holds out, following the procedure in this file's comment.
 * Pure: the same formats and seed always give the same answer.
 */
export function chooseHeldOutFormats(formats: readonly FormatToSplit[], seed: number): Set<string> {
  const groups = new Map<string, string[]>();
  for (const { format, family, lang } of formats) {
    const key = `${lang}/${family}`;
    const group = groups.get(key) ?? [];
    group.push(format);
    groups.set(key, group);
  }
  const heldOut = new Set<string>();
  for (const [key, ids] of groups) {
    const order = [...ids].sort(byCodePoint);
    const random = seededRandom((seed + fnv1a(key)) >>> 0);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const id of order.slice(0, Math.ceil(HELD_OUT_SHARE * order.length))) heldOut.add(id);
  }
  return heldOut;
}
