import { describe, expect, it } from 'vitest';
import { sameWord, stemOf } from '#src/features/search/rules/text.ts';

describe('loose word matching for what a site says about itself', () => {
  it('drops a plural "s" but keeps short words and double "s"', () => {
    expect(stemOf('expats')).toBe('expat');
    expect(stemOf('bus')).toBe('bus');
    expect(stemOf('business')).toBe('business');
  });

  it('takes forms of one word as the same, and short or merely similar words as different', () => {
    expect(sameWord('launch', 'launche')).toBe(true);
    expect(sameWord('promote', 'promotion')).toBe(true);
    expect(sameWord('invest', 'investor')).toBe(true);
    expect(sameWord('run', 'runway')).toBe(false);
    expect(sameWord('market', 'marketplace')).toBe(false);
    expect(sameWord('game', 'gamer')).toBe(false);
  });
});
