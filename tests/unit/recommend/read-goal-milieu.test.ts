import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('readGoal(): knowing nobody in one’s trade, said as French, Spanish and German say it', () => {
  it.each([
    ['French', 'Je cherche mes premières missions mais je ne connais personne dans le milieu.'],
    ['Spanish', 'Busco mis primeros clientes pero no conozco a nadie del rubro.'],
    ['German', 'Ich suche Aufträge, aber ich kenne niemanden in der Szene.'],
  ])('%s: missing peers, not friends', (_language, text) => {
    const read = readGoal(text).answers?.goals ?? [];
    expect(read).not.toContain('friends');
    expect(read).toContain('peer-ideas');
  });

  it('Belgium in French and German is Belgium', () => {
    expect(readGoal('Vous passez par où pour trouver des clients en Belgique ?').answers?.country).toBe('BE');
    expect(readGoal('Wo findet man Kunden in Belgien?').answers?.country).toBe('BE');
  });
});
