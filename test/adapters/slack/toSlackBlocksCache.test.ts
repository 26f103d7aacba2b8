import { describe, expect, it } from 'vitest';
import { toSlackBlocks } from '../../../adapters/slack/toSlackBlocks.js';
import { newCard } from '../../../src/core/cards/newCard.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { loadDataset } from '../../../src/dataset/loadDataset.js';

const dataset = loadDataset();
if (!dataset.ok) throw new Error(dataset.errors.join('\n'));
const core = createStatusCore(dataset.entries);

describe('toSlackBlocks rendering cache', () => {
  it('given a frozen core card then the same frozen rendering is reused', () => {
    const card = core.answer('503', { defaultLocale: 'ko' }).card;
    expect(Object.isFrozen(card)).toBe(true);
    const first = toSlackBlocks(card);
    expect(toSlackBlocks(card)).toBe(first);
    expect(Object.isFrozen(first.blocks)).toBe(true);
  });

  it('given a card built per request then every call renders its current content', () => {
    const card = newCard({ kind: 'settings', locale: 'en', title: 'Daily post on', accent: 'neutral' });
    const before = toSlackBlocks(card);
    card.title = 'Daily post off';
    const after = toSlackBlocks(card);
    expect(after).not.toBe(before);
    expect(JSON.stringify(after.blocks)).toContain('Daily post off');
    expect(JSON.stringify(before.blocks)).not.toContain('Daily post off');
  });
});
