import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

/** The goals read from a text, in priority order. */
const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): buyers the writer wants are customers, found where a seller promotes what they sell', () => {
  it.each([
    'Which platforms actually bring buyers and sellers for a new agent?',
    'How do I find buyers for my handmade candles?',
    'I need more buyers for my paintings.',
    'Where do new agents find home buyers?',
  ])('%s', (text) => {
    const read = goals(text);
    expect(read).toContain('promotion');
    expect(read).not.toContain('peer-ideas');
  });

  it('buyers named as peers are peers: "other buyers share ideas"', () => {
    expect(goals("I'm a retail buyer, where do other buyers share ideas?")).toEqual(['peer-ideas']);
  });
});
