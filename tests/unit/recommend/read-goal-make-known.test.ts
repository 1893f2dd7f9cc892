import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

/** The goals read from a text, in priority order. */
const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe("readGoal(): making oneself or one's shop known is promotion, in Portuguese and Italian", () => {
  it.each([
    ['Portuguese "divulgam"', 'Como vocês divulgam loja pequena sem gastar muito?'],
    ['Portuguese "divulgação"', 'Qual rede é melhor para a divulgação da minha loja?'],
    ['Italian "vi fate conoscere"', 'Siamo una band, come vi fate conoscere voi?'],
    ['Italian "farsi conoscere"', 'Qual è il modo migliore per farsi conoscere come band?'],
    ['Italian "far conoscere"', 'Come far conoscere la nostra musica senza budget?'],
  ])('%s', (_case, text) => {
    expect(goals(text)[0]).toBe('promotion');
    expect(goals(text)).not.toContain('friends');
  });

  it('Italian "conoscere" alone is still meeting people', () => {
    expect(goals('Vorrei conoscere nuove persone a Milano.')).not.toContain('promotion');
  });
});
