import type { CardAccent } from '../card.js';
import type { StatusClass } from '../dataset/schema.js';

/** 0xRRGGBB per accent. Server errors read as red, client errors as amber, as on status pages. */
export const ACCENT_COLORS: Readonly<Record<CardAccent, number>> = {
  info: 0x3498db,
  success: 0x2ecc71,
  redirect: 0x9b59b6,
  clientError: 0xf39c12,
  serverError: 0xe74c3c,
  warning: 0xf1c40f,
  neutral: 0x95a5a6,
};

const CLASS_ACCENTS: Readonly<Record<StatusClass, CardAccent>> = {
  1: 'info',
  2: 'success',
  3: 'redirect',
  4: 'clientError',
  5: 'serverError',
};

/** The accent of a status class (1-5). */
export function accentForClass(statusClass: StatusClass): CardAccent {
  return CLASS_ACCENTS[statusClass];
}
