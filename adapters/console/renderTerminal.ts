import type { Card, CardAccent } from '../../src/core/card.js';
import { headersHeadingOf, relatedHeadingOf } from '../../src/core/cards/cardText.js';
import { stripControl, wrapText } from './terminalText.js';

/** How to render: ANSI colour on or off, and the terminal width in columns. */
export interface TerminalOptions {
  color: boolean;
  /** Columns to wrap at (default 80; clamped to 40-160). */
  width?: number;
}

const ACCENT_ANSI: Readonly<Record<CardAccent, string>> = {
  info: '36',
  success: '32',
  redirect: '35',
  clientError: '33',
  serverError: '31',
  warning: '33',
  neutral: '90',
};

/** Renders a card as terminal text: a coloured title bar, wrapped paragraphs, bullet lists, links. */
export function renderTerminal(card: Card, options: TerminalOptions): string {
  const width = Math.min(160, Math.max(40, Math.floor(options.width ?? 80)));
  const paint = (codes: string, text: string) => (options.color ? `\x1b[${codes}m${text}\x1b[0m` : text);
  const accent = ACCENT_ANSI[card.accent];
  const out: string[] = [];
  const clean = (text: string) => stripControl(text);

  for (const line of wrapText(clean(card.title), width - 2)) out.push(paint(`1;${accent}`, `▌ ${line}`));
  if (card.badges.length > 0) out.push(paint(accent, card.badges.map((b) => `[${clean(b)}]`).join(' ')));
  if (card.url) out.push(paint('2', clean(card.url)));
  if (card.summary) {
    out.push('');
    for (const line of wrapText(clean(card.summary), width)) out.push(paint('1', line));
  }
  if (card.description) {
    out.push('');
    out.push(...wrapText(clean(card.description), width));
  }
  for (const field of card.fields) {
    out.push('', paint(`1;${accent}`, clean(field.label)));
    for (const line of field.lines) {
      out.push(
        ...(field.bullets
          ? wrapText(clean(line), width, '  • ', '    ')
          : wrapText(clean(line), width, '  ', '  ')),
      );
    }
  }
  if (card.choices.length > 0) {
    out.push('');
    card.choices.forEach((choice, i) => {
      out.push(...wrapText(clean(choice.label), width, `  ${i + 1}) `, '     '));
    });
  }
  if (card.related.length > 0) {
    out.push('', paint(`1;${accent}`, relatedHeadingOf(card)));
    for (const choice of card.related) out.push(...wrapText(clean(choice.label), width, '  → ', '    '));
  }
  if (card.headers.length > 0) {
    const commands = card.headers.map((header) => `/http header ${clean(header.name)}`).join(' · ');
    out.push('', ...wrapText(`${headersHeadingOf(card)}: ${commands}`, width));
  }
  if (card.links.length > 0) {
    out.push('');
    for (const link of card.links) out.push(`  ${clean(link.label)}: ${paint('4', clean(link.url))}`);
  }
  if (card.footer) {
    out.push('');
    for (const line of wrapText(clean(card.footer), width)) out.push(paint('2', line));
  }
  return `${out.join('\n')}\n`;
}
