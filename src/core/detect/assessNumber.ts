import { isAsciiAlnum } from './charClasses.js';
import { type AfterCue, classRangeHasCue, contextAfter, smtpEnhancedCodeFollows } from './contextAfter.js';
import { contextBefore } from './contextBefore.js';
import { readTokenBefore } from './localTokens.js';
import { followsRequestTarget, isStatusPosition } from './logPositions.js';
import type { MessageFlags } from './messageFlags.js';
import { isNotAStatusByShape } from './numberShape.js';
import { phraseFollows, phrasePrecedes } from './reasonPhraseNear.js';
import { isKnownCode } from './statusPhrases.js';
import { WORD, wordFlagsAt } from './wordFlags.js';

/** The verdict on one 3-digit number in 100-599. */
export interface NumberAssessment {
  code: number;
  start: number;
  /** End of the whole form (`502s` ends after the s). */
  end: number;
  accepted: boolean;
  /** The number is certainly something else; list propagation must not turn it into a code. */
  hardVeto: boolean;
  known: boolean;
}

/**
 * Decides whether the digit run `[start, end)` (value 100-599) is a status. Returns `'classRange'` for
 * "500번대", undefined when the run is part of something else (503ms, a1b2c503, v503). The assessment
 * returned is reused by the next call: read it before assessing another number.
 */
export function assessNumber(
  scan: MessageFlags,
  start: number,
  end: number,
  code: number,
): NumberAssessment | 'classRange' | undefined {
  const text = scan.text;
  const gluedBefore = start > 0 && isWordChar(text.charCodeAt(start - 1));
  const gluedAfter = end < text.length && isWordChar(text.charCodeAt(end));
  if (gluedBefore || gluedAfter) return assessGluedForm(scan, start, end, code, gluedBefore);

  if (isNotAStatusByShape(text, start, end)) return verdict(code, start, end, false, true);
  const after = contextAfter(text, end);
  if (after === 'classRange') {
    const before = contextBefore(text, start).kind;
    return classRangeHasCue(text, end) || before === 'strong' || before === 'medium'
      ? 'classRange'
      : verdict(code, start, end, false, true);
  }
  if (after === 'unit') return verdict(code, start, end, false, true);
  return decide(scan, start, code, after, end);
}

/** A blank assessment to fill. */
export function newAssessment(): NumberAssessment {
  return { code: 0, start: 0, end: 0, accepted: false, hardVeto: false, known: false };
}

/** Copies a verdict into `to`, for a caller that keeps it past the next `assessNumber` call. */
export function copyAssessment(from: NumberAssessment, to: NumberAssessment): void {
  to.code = from.code;
  to.start = from.start;
  to.end = from.end;
  to.accepted = from.accepted;
  to.hardVeto = from.hardVeto;
  to.known = from.known;
}

/**
 * The one verdict object, filled anew for each number: the caller reads it (or copies it with
 * `copyAssessment`) before assessing the next, so no object is allocated per number.
 */
const VERDICT: NumberAssessment = newAssessment();

/** Plain function rather than a per-call closure: the detector runs once per 3-digit number. */
function verdict(
  code: number,
  start: number,
  end: number,
  accepted: boolean,
  hardVeto: boolean,
): NumberAssessment {
  VERDICT.code = code;
  VERDICT.start = start;
  VERDICT.end = end;
  VERDICT.accepted = accepted;
  VERDICT.hardVeto = hardVeto;
  VERDICT.known = isKnownCode(code);
  return VERDICT;
}

/** The code's reason phrase right after the whole form or right before the number. */
function phraseNear(text: string, start: number, formEnd: number, code: number): boolean {
  return phraseFollows(text, formEnd, code) || phrasePrecedes(text, start, code);
}

function decide(
  scan: MessageFlags,
  start: number,
  code: number,
  after: AfterCue,
  formEnd: number,
): NumberAssessment {
  const text = scan.text;
  const before = contextBefore(text, start);
  let strong = before.kind === 'strong';
  let medium = false;
  if (before.kind === 'veto' || (after === 'plural' && !strong)) {
    // A veto word loses only to the code's own reason phrase ("error page: 521 Web Server Is Down");
    // "returned 404 books": a plural noun after a weakly cued number counts things.
    if (!phraseNear(text, start, formEnd, code)) return verdict(code, start, formEnd, false, true);
    medium = true;
  } else if (!strong) {
    medium = before.kind === 'medium' || after === 'cue';
    if (!medium && isStatusPosition(scan, start)) strong = true;
    else if (!medium)
      medium =
        phraseNear(text, start, formEnd, code) ||
        (scan.mentionsHttpMethod && followsRequestTarget(text, start));
  }
  if (!strong && !medium) return verdict(code, start, formEnd, false, false);
  const explicitHttp = before.kind === 'strong' && before.httpWord;
  if (!explicitHttp && isOtherProtocol(scan, start, formEnd))
    return verdict(code, start, formEnd, false, true);
  return verdict(code, start, formEnd, strong || isKnownCode(code), false);
}

/** SMTP's "550 5.7.1", or SMTP, SIP, a database or a process exit named just before on the same line. */
function isOtherProtocol(scan: MessageFlags, start: number, end: number): boolean {
  return (
    smtpEnhancedCodeFollows(scan.text, end) ||
    (scan.mentionsOtherProtocolBefore(start) && otherProtocolNear(scan.text, start))
  );
}

/** `502s`, npm's `E404`, CloudWatch's `HTTPCode_ELB_502_Count`; anything else glued to letters is not a code. */
function assessGluedForm(
  scan: MessageFlags,
  start: number,
  end: number,
  code: number,
  gluedBefore: boolean,
): NumberAssessment | undefined {
  const text = scan.text;
  const c = text.charCodeAt(end);
  if (!gluedBefore && (c === 115 /* s */ || c === 83) && !isWordChar(text.charCodeAt(end + 1))) {
    if (isNotAStatusByShape(text, start, end + 1)) return verdict(code, start, end + 1, false, true);
    if (contextAfter(text, end + 1) === 'unit') return verdict(code, start, end + 1, false, true);
    return decide(scan, start, code, 'cue', end + 1);
  }
  const prefix = text.charCodeAt(start - 1);
  if (prefix === 69 /* E */ && !isWordChar(text.charCodeAt(start - 2)) && !isWordChar(c)) {
    const before = contextBefore(text, start - 1).kind;
    const cued = before === 'medium' || before === 'strong';
    return cued && isKnownCode(code) && code >= 400 ? verdict(code, start, end, true, false) : undefined;
  }
  if (text.charCodeAt(start - 1) === 95 && (c === 95 || !isWordChar(c))) {
    const word = readTokenBefore(text, start - 1);
    if (word?.glued && word.text.toLowerCase().startsWith('httpcode_'))
      return verdict(code, start, end, true, false);
  }
  return undefined;
}

function isWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}

/** SMTP, SIP, LDAP, gRPC, databases, process exits within a few tokens before, on the same line. */
function otherProtocolNear(text: string, start: number): boolean {
  let pos = start;
  for (let step = 0; step < 10; step++) {
    const token = readTokenBefore(text, pos);
    if (!token || token.newlineBetween) return false;
    if (token.kind === 'word' && wordFlagsAt(text, token.start, token.end) & WORD.otherProtocol) return true;
    pos = token.start;
  }
  return false;
}
