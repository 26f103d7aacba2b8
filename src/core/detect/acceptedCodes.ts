import type { NumberAssessment } from './assessNumber.js';
import { listLinked } from './listLinked.js';

/**
 * Collects the accepted codes of a message as its numbers are assessed, in order of appearance and without
 * duplicates. A code in a list lends its context to its neighbours ("HTTP 502, 503 and 504", "502/503/504
 * errors", "502와 503"), forwards and backwards; numbers that are certainly something else (a hard veto) or
 * not known codes stay out. Only the run of linked, not yet accepted numbers right before the current one is
 * kept (as its distinct codes), so memory stays bounded by the 500 possible codes, not the message length.
 */
export class AcceptedCodes {
  readonly codes: number[] = [];
  /** The stamp of the set of codes accepted so far. */
  readonly #seenStamp = SEEN.next();
  /** Distinct codes of the linked run of joinable numbers ending at the previous number. */
  /** Its first `#pendingCount` entries are live: clearing only resets the count (no array per run). */
  readonly #pending: number[] = [];
  #pendingCount = 0;
  #pendingStamp = PENDING.next();
  #previousEnd = -1;
  #previousAccepted = false;
  /** The previous number ends the pending run. */
  #previousPending = false;

  constructor(private readonly text: string) {}

  add(n: NumberAssessment): void {
    const joinable = !n.accepted && !n.hardVeto && n.known;
    const hasPrevious = this.#previousEnd >= 0;
    const mayLink = joinable && hasPrevious && (this.#previousAccepted || this.#previousPending);
    const linked = mayLink && listLinked(this.text, this.#previousEnd, n.start);
    const accepted = n.accepted || (linked && this.#previousAccepted);
    if (accepted) {
      // Backwards: the run of linked numbers right before this one joins it.
      if (this.#previousPending && (joinable ? linked : listLinked(this.text, this.#previousEnd, n.start))) {
        for (let i = 0; i < this.#pendingCount; i++) this.#accept(this.#pending[i]!);
      }
      this.#clearPending();
      this.#accept(n.code);
    } else if (joinable) {
      if (!(linked && this.#previousPending)) this.#clearPending();
      if (!PENDING.has(n.code, this.#pendingStamp)) {
        PENDING.mark(n.code, this.#pendingStamp);
        this.#pending[this.#pendingCount++] = n.code;
      }
    } else {
      this.#clearPending();
    }
    this.#previousEnd = n.end;
    this.#previousAccepted = accepted;
    this.#previousPending = !accepted && joinable;
  }

  #accept(code: number): void {
    if (!SEEN.has(code, this.#seenStamp)) {
      SEEN.mark(code, this.#seenStamp);
      this.codes.push(code);
    }
  }

  #clearPending(): void {
    if (this.#pendingCount === 0) return;
    this.#pendingCount = 0;
    this.#pendingStamp = PENDING.next();
  }
}

/**
 * Membership marks for codes 0-599, shared by all calls and never cleared: a code is in a set when its mark
 * equals the set's stamp, and every new set takes a fresh stamp. Allocating a typed array per message would
 * cost more than detecting most messages. One set per table is live at a time (the detector is synchronous),
 * so when the stamps run out the table can be wiped as the next set starts.
 */
class StampedCodeSets {
  readonly #marks = new Uint32Array(600);
  #stamp = 0;

  next(): number {
    if (this.#stamp === 0xffffffff) {
      this.#marks.fill(0);
      this.#stamp = 0;
    }
    this.#stamp++;
    return this.#stamp;
  }

  has(code: number, stamp: number): boolean {
    return this.#marks[code] === stamp;
  }

  mark(code: number, stamp: number): void {
    this.#marks[code] = stamp;
  }
}

const SEEN = new StampedCodeSets();
const PENDING = new StampedCodeSets();
