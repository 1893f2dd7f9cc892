import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const read = (text: string) => readGoal(text).answers;

describe('readGoal(): Spanish "necesito/busco contratar un(a)" + a person is an employer hiring', () => {
  it('reads "Necesito contratar un mesero", "Busco contratar una niñera" as hiring staff', () => {
    for (const text of ['Necesito contratar un mesero para mi restaurante', 'Busco contratar una niñera']) {
      expect(read(text)?.goals, text).toEqual(['hiring']);
      expect(read(text)?.work, text).toBe('employment');
    }
  });

  it('does not read a service taken out as hiring', () => {
    expect(read('Necesito contratar un seguro para mi negocio')?.goals ?? []).not.toContain('hiring');
    expect(read('Quiero contratar un plan de internet')?.goals ?? []).not.toContain('hiring');
  });
});

describe('readGoal(): everyday Portuguese and Italian words of a small shop and of volunteering', () => {
  it('reads "lojinha" (a little shop) as a small business', () => {
    expect(read('Abri uma lojinha de roupa, como divulgar?')?.audience).toBe('small-business');
  });

  it('reads volunteering in Spanish, Portuguese, French, Italian and German as the nonprofit field nearby', () => {
    for (const text of [
      'Quiero hacer voluntariado los fines de semana',
      'Je cherche du bénévolat près de chez moi',
      'Vorrei fare volontariato',
      'Ich suche ein Ehrenamt in Köln',
    ]) {
      expect(read(text)?.field, text).toBe('nonprofit');
      expect(read(text)?.goals, text).toContain('local');
    }
  });
});

describe('readGoal(): "freelances", the plural French (and English) write for freelancers', () => {
  it('reads who the network is for from the plural as from the singular', () => {
    for (const text of [
      'réseau freelances recommandations',
      'un réseau de freelances pour échanger',
      'groupes de freelances',
    ])
      expect(readGoal(text).understood.audience?.value, text).toBe('freelancers');
    expect(readGoal('je suis freelance').understood.audience?.value).toBe('freelancers');
  });
});
