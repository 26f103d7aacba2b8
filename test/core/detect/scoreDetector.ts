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
 * Figures for one slice of the messages (all of them, one family, one language).
 *
 * Codes are scored over (message, code) pairs: a labelled pair the detector finds is a true positive, a
 * labelled pair it misses a false negative, a found pair with no label a false positive (plain chat
 * included). Classes are scored the same way, separately, plus an exact-match accuracy over the messages
 * where the label or the detector has a class (messages with neither would only inflate it).
 * A ratio whose denominator is 0 is `null`: there was nothing to measure.
 */
export interface SliceScore {
  readonly messages: number;
  readonly labelledCodes: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly labelledClasses: number;
  readonly classTruePositives: number;
  readonly classFalsePositives: number;
  readonly classFalseNegatives: number;
  readonly classPrecision: number | null;
  readonly classRecall: number | null;
  /** Messages where the label or the detector has a class. */
  readonly classMessages: number;
  /** Share of {@link classMessages} whose found classes equal the labelled ones (as sets). */
  readonly classAccuracy: number | null;
  readonly plainChatMessages: number;
  /** Plain-chat messages where the detector found at least one code. */
  readonly plainChatFired: number;
  readonly plainChatFireRate: number | null;
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

interface Counts {
  messages: number;
  labelledCodes: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  labelledClasses: number;
  classTruePositives: number;
  classFalsePositives: number;
  classFalseNegatives: number;
  classMessages: number;
  classExact: number;
  plainChatMessages: number;
  plainChatFired: number;
}

function emptyCounts(): Counts {
  return {
    messages: 0,
    labelledCodes: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    labelledClasses: 0,
    classTruePositives: 0,
    classFalsePositives: 0,
    classFalseNegatives: 0,
    classMessages: 0,
    classExact: 0,
    plainChatMessages: 0,
    plainChatFired: 0,
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function toSliceScore(c: Counts): SliceScore {
  return {
    messages: c.messages,
    labelledCodes: c.labelledCodes,
    truePositives: c.truePositives,
    falsePositives: c.falsePositives,
    falseNegatives: c.falseNegatives,
    precision: ratio(c.truePositives, c.truePositives + c.falsePositives),
    recall: ratio(c.truePositives, c.truePositives + c.falseNegatives),
    labelledClasses: c.labelledClasses,
    classTruePositives: c.classTruePositives,
    classFalsePositives: c.classFalsePositives,
    classFalseNegatives: c.classFalseNegatives,
    classPrecision: ratio(c.classTruePositives, c.classTruePositives + c.classFalsePositives),
    classRecall: ratio(c.classTruePositives, c.classTruePositives + c.classFalseNegatives),
    classMessages: c.classMessages,
    classAccuracy: ratio(c.classExact, c.classMessages),
    plainChatMessages: c.plainChatMessages,
    plainChatFired: c.plainChatFired,
    plainChatFireRate: ratio(c.plainChatFired, c.plainChatMessages),
  };
}

/** Items of `a` not in `b`, in `a`'s order, each once. */
function without<T>(a: readonly T[], b: readonly T[]): T[] {
  const exclude = new Set(b);
  return [...new Set(a)].filter((item) => !exclude.has(item));
}

/** One message's contribution, added into every slice it belongs to. */
function addMessage(
  into: readonly Counts[],
  labelled: LabelledMessage,
  found: Detection,
): ScoredFailure | null {
  const foundCodes = [...new Set(found.codes)];
  const foundClasses = [...new Set(found.classes)];
  const missedCodes = without(labelled.codes, foundCodes);
  const extraCodes = without(foundCodes, labelled.codes);
  const missedClasses = without(labelled.classes, foundClasses);
  const extraClasses = without(foundClasses, labelled.classes);
  const hasClass = labelled.classes.length > 0 || foundClasses.length > 0;
  const isPlainChat = labelled.family === PLAIN_CHAT_FAMILY;
  for (const c of into) {
    c.messages += 1;
    c.labelledCodes += labelled.codes.length;
    c.truePositives += labelled.codes.length - missedCodes.length;
    c.falseNegatives += missedCodes.length;
    c.falsePositives += extraCodes.length;
    c.labelledClasses += labelled.classes.length;
    c.classTruePositives += labelled.classes.length - missedClasses.length;
    c.classFalseNegatives += missedClasses.length;
    c.classFalsePositives += extraClasses.length;
    if (hasClass) {
      c.classMessages += 1;
      if (missedClasses.length === 0 && extraClasses.length === 0) c.classExact += 1;
    }
    if (isPlainChat) {
      c.plainChatMessages += 1;
      if (foundCodes.length > 0) c.plainChatFired += 1;
    }
  }
  const wrong = missedCodes.length + extraCodes.length + missedClasses.length + extraClasses.length > 0;
  return wrong ? { message: labelled, found, missedCodes, extraCodes, missedClasses, extraClasses } : null;
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
