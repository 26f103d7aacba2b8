import type { StatusEntry } from '../dataset/schema.js';
import { seededShuffle } from '../random/seededShuffle.js';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` calendar date. The date is a label, not an instant, so
 * every time zone gets the same number. Anything else counts as day 0, so the result is always a code.
 */
export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date.trim());
  if (!match) return 0;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : 0;
}

/** The codes of one cycle in order: a shuffle seeded by the cycle number. */
function cycleOrder(codes: readonly number[], cycle: number): number[] {
  return seededShuffle(codes, Math.imul(cycle ^ 0x9e3779b9, 0x85ebca6b));
}

/**
 * Picks the code of the day among the `standard` codes: each cycle of `count` days shows every one
 * once, in a shuffled order (cycle = floor(day / count)). A new cycle never opens with the code that
 * closed the previous one.
 */
export function createCodeOfTheDay(entries: readonly StatusEntry[]): (date: string) => StatusEntry {
  const pool = entries.filter((entry) => entry.status === 'standard');
  const candidates = pool.length > 0 ? pool : [...entries];
  const sorted = [...candidates].sort((a, b) => a.code - b.code);
  const byCode = new Map(sorted.map((entry) => [entry.code, entry] as const));
  const codes = sorted.map((entry) => entry.code);
  const orders = new Map<number, number[]>();
  const orderOf = (cycle: number): number[] => {
    let order = orders.get(cycle);
    if (!order) {
      order = cycleOrder(codes, cycle);
      const previous = cycleOrder(codes, cycle - 1);
      if (order.length > 1 && order[0] === previous[previous.length - 1]) {
        [order[0], order[1]] = [order[1]!, order[0]!];
      }
      if (orders.size > 64) orders.clear();
      orders.set(cycle, order);
    }
    return order;
  };
  return (date) => {
    const day = dayNumber(date);
    const count = codes.length;
    const cycle = Math.floor(day / count);
    const position = day - cycle * count;
    return byCode.get(orderOf(cycle)[position]!)!;
  };
}
