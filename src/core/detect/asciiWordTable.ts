/**
 * A fixed set of lowercase ASCII words that a range of a text can be looked up in without cutting the range
 * out or lowercasing it: open addressing over a hash of the character codes, ASCII letters folded to lower
 * case. The detector looks words up next to every number, so this is where slicing would cost most.
 */
export class AsciiWordTable {
  readonly #mask: number;
  readonly #bits: number;
  readonly #keys: Array<string | undefined>;
  #longest = 0;

  /** `bits`: log2 of the slot count; keep the table at most half full. */
  constructor(words: Iterable<string>, bits: number) {
    this.#bits = bits;
    this.#mask = (1 << bits) - 1;
    this.#keys = new Array(this.#mask + 1).fill(undefined);
    for (const word of words) this.#add(word);
  }

  #add(word: string): void {
    let slot = this.#hash(word, 0, word.length);
    while (this.#keys[slot] !== undefined && this.#keys[slot] !== word) slot = (slot + 1) & this.#mask;
    this.#keys[slot] = word;
    this.#longest = Math.max(this.#longest, word.length);
  }

  /** The slot of `text[start, end)` (compared case-insensitively), or -1 when it is not in the table. */
  slotOf(text: string, start: number, end: number): number {
    const length = end - start;
    if (length > this.#longest || length === 0) return -1;
    let slot = this.#hash(text, start, end);
    for (let key = this.#keys[slot]; key !== undefined; key = this.#keys[slot]) {
      if (key.length === length && equalsLowered(text, start, key)) return slot;
      slot = (slot + 1) & this.#mask;
    }
    return -1;
  }

  /** The stored word of `text[start, end)`, or undefined when it is not in the table. */
  wordOf(text: string, start: number, end: number): string | undefined {
    const slot = this.slotOf(text, start, end);
    return slot < 0 ? undefined : this.#keys[slot];
  }

  /** Number of slots (slot numbers are below it). */
  get size(): number {
    return this.#mask + 1;
  }

  #hash(text: string, start: number, end: number): number {
    let h = end - start;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lowerAscii(text.charCodeAt(i))) | 0;
    return (h ^ (h >>> this.#bits)) & this.#mask;
  }
}

/** ASCII letters lowercased; any other code unit as it is. */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function equalsLowered(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    if (lowerAscii(text.charCodeAt(start + i)) !== key.charCodeAt(i)) return false;
  }
  return true;
}
