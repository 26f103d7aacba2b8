/**
 * Slack's Block Kit limits the renderer must stay within (see DESIGN.md). Slack rejects a message that
 * breaks any of them with `invalid_blocks`, so every rendered card is checked against these in tests.
 * Slack does not say in which unit it counts "characters"; lengths here are UTF-16 code units (what
 * `String.length` counts), which are never fewer than code points or graphemes, so a text within a
 * limit here is within it whichever unit Slack uses. `escapeAndFit` is the one rule that cuts to them.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message (top-level blocks and attachment blocks are counted together here). */
  blocksPerMessage: 50,
  /** Characters in a section block's `text`. */
  sectionText: 3000,
  /** Characters in a header block's plain text. */
  headerText: 150,
  /** Fields in one section block. */
  fieldsPerSection: 10,
  /** Characters in one section field. */
  fieldText: 2000,
  /** Elements in one context block. */
  contextElements: 10,
  /** Characters in one context text element. */
  contextText: 3000,
  /** Characters in a button's plain text label. */
  buttonText: 75,
  /** Characters in a button's `value`. */
  buttonValue: 2000,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** Characters in an `action_id`. */
  actionId: 255,
  /**
   * Characters we allow in the top-level `text` fallback. Slack truncates messages far longer than
   * this; notifications only show the first line anyway.
   */
  fallbackText: 3000,
} as const;
