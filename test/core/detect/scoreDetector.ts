/**
 * Scores a status-code detector over labelled messages. Pure: give it a detector function and messages,
 * get figures back; reading the corpus and printing are the caller's business.
 */
import { type LabelledMessage, PLAIN_CHAT_FAMILY } from './generalisationCorpus.js';

/** What a detector answers for one message: codes and class mentions, in order, unique. */
export interface Detection {
  readonly codes: readonly number[];
  readonly classes: readonly string[];
}

/** A detector under test, e.g. `detectStatusCodes`. */
export type Detector = (text: string) => Detection;

/**
 * Precision and recall over (message, item) pairs, for codes or for classes: a labelled pair the detector
 * finds is a true positive, a labelled pair it misses a false negative, a found pair with no label a false
 * positive (plain chat included). A ratio whose denominator is 0 is `null`: there was nothing to measure.
 */
export interface PairScore {
  readonly labelled: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number | null;
  readonly recall: number | null;
}

/** Figures for one slice of the messages (all of them, one family, one language). */
export interface SliceScore {
  readonly messages: number;
  readonly codes: PairScore;
  /**
   * Classes scored like codes, plus an exact-match accuracy over the messages where the label or the
   * detector has a class (messages with neither would only inflate it).
   */
  readonly classes: PairScore & { readonly messages: number; readonly accuracy: number | null };
  /** Plain-chat messages, those where the detector found at least one code, and their share. */
  readonly plainChat: { readonly messages: number; readonly fired: number; readonly fireRate: number | null };
}

/** A message the detector got wrong, with what it missed and what it added. */
export interface ScoredFailure {
  readonly message: LabelledMessage;
  readonly found: Detection;
  readonly missedCodes: readonly number[];
  readonly extraCodes: readonly number[];
  readonly missedClasses: readonly string[];
  readonly extraClasses: readonly string[];
}

/** The whole score: overall, by family, by language, and the failing messages in corpus order. */
export interface DetectorScore {
  readonly overall: SliceScore;
  readonly byFamily: ReadonlyMap<string, SliceScore>;
  readonly byLang: ReadonlyMap<string, SliceScore>;
  readonly failures: readonly ScoredFailure[];
}

interface PairCounts {
  labelled: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

interface Counts {
  messages: number;
  codes: PairCounts;
  classes: PairCounts;
  classMessages: number;
  classExact: number;
  plainChatMessages: number;
  plainChatFired: number;
}

function emptyPairs(): PairCounts {
  return { labelled: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function emptyCounts(): Counts {
  return {
    messages: 0,
    codes: emptyPairs(),
    classes: emptyPairs(),
    classMessages: 0,
    classExact: 0,
    plainChatMessages: 0,
    plainChatFired: 0,
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function toPairScore(c: PairCounts): PairScore {
  return {
    ...c,
    precision: ratio(c.truePositives, c.truePositives + c.falsePositives),
    recall: ratio(c.truePositives, c.truePositives + c.falseNegatives),
  };
}

function toSliceScore(c: Counts): SliceScore {
  return {
    messages: c.messages,
    codes: toPairScore(c.codes),
    classes: {
      ...toPairScore(c.classes),
      messages: c.classMessages,
      accuracy: ratio(c.classExact, c.classMessages),
    },
    plainChat: {
      messages: c.plainChatMessages,
      fired: c.plainChatFired,
      fireRate: ratio(c.plainChatFired, c.plainChatMessages),
    },
  };
}

/** Items of `a` not in `b`, in `a`'s order, each once. */
function without<T>(a: readonly T[], b: readonly T[]): T[] {
  const exclude = new Set(b);
  return [...new Set(a)].filter((item) => !exclude.has(item));
}

/** What a detector missed and added for one kind of item (codes or classes) in one message. */
interface PairDiff<T> {
  readonly labelled: readonly T[];
  readonly missed: readonly T[];
  readonly extra: readonly T[];
}

function diff<T>(labelled: readonly T[], found: readonly T[]): PairDiff<T> {
  return { labelled, missed: without(labelled, found), extra: without(found, labelled) };
}

function addPairs<T>(into: PairCounts, d: PairDiff<T>): void {
  into.labelled += d.labelled.length;
  into.truePositives += d.labelled.length - d.missed.length;
  into.falseNegatives += d.missed.length;
  into.falsePositives += d.extra.length;
}

/** One message's contribution, added into every slice it belongs to. */
function addMessage(
  into: readonly Counts[],
  labelled: LabelledMessage,
  found: Detection,
): ScoredFailure | null {
  const codes = diff(labelled.codes, found.codes);
  const classes = diff(labelled.classes, found.classes);
  const hasClass = labelled.classes.length > 0 || found.classes.length > 0;
  const isPlainChat = labelled.family === PLAIN_CHAT_FAMILY;
  for (const c of into) {
    c.messages += 1;
    addPairs(c.codes, codes);
    addPairs(c.classes, classes);
    if (hasClass) {
      c.classMessages += 1;
      if (classes.missed.length === 0 && classes.extra.length === 0) c.classExact += 1;
    }
    if (isPlainChat) {
      c.plainChatMessages += 1;
      if (found.codes.length > 0) c.plainChatFired += 1;
    }
  }
  const wrong = codes.missed.length + codes.extra.length + classes.missed.length + classes.extra.length > 0;
  return wrong
    ? {
        message: labelled,
        found,
        missedCodes: codes.missed,
        extraCodes: codes.extra,
        missedClasses: classes.missed,
        extraClasses: classes.extra,
      }
    : null;
}

function slice(map: Map<string, Counts>, key: string): Counts {
  let counts = map.get(key);
  if (!counts) {
    counts = emptyCounts();
    map.set(key, counts);
  }
  return counts;
}

function sortedScores(map: Map<string, Counts>): ReadonlyMap<string, SliceScore> {
  return new Map([...map.keys()].sort().map((key) => [key, toSliceScore(map.get(key)!)]));
}

/**
 * Runs `detect` on every message and scores it (see {@link SliceScore} for the figures). Labelled codes are
 * taken as sets: a detector that reports a code twice is not rewarded or punished twice.
 */
export function scoreDetector(detect: Detector, messages: readonly LabelledMessage[]): DetectorScore {
  const overall = emptyCounts();
  const byFamily = new Map<string, Counts>();
  const byLang = new Map<string, Counts>();
  const failures: ScoredFailure[] = [];
  for (const message of messages) {
    const found = detect(message.text);
    const failure = addMessage(
      [overall, slice(byFamily, message.family), slice(byLang, message.lang)],
      message,
      found,
    );
    if (failure) failures.push(failure);
  }
  return {
    overall: toSliceScore(overall),
    byFamily: sortedScores(byFamily),
    byLang: sortedScores(byLang),
    failures,
  };
}
