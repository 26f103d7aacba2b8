/** Characters that start or end inline markup anywhere in a line (bold, italics, code, spoilers, links). */
const INLINE_MARKUP = /[\\*_~`|[\]]/g;
/** Markup that only counts at the start of a line: headings, subtext, lists, quotes. */
const LINE_MARKUP = /^([ \t]*)(#{1,3} |-# |[-+] |>)/gm;
const NUMBERED_ITEM = /^([ \t]*)(\d+)\. /gm;

/**
 * Makes plain text show literally in Discord markdown. Linear in the text's length, unlike discord.js's
 * `escapeMarkdown`, which takes most of a second on a few thousand characters: card text can echo a
 * user's long query.
 */
export function escapeDiscordMarkdown(text: string): string {
  return text
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_MARKUP, '$1\\$2')
    .replace(NUMBERED_ITEM, '$1$2\\. ');
}
