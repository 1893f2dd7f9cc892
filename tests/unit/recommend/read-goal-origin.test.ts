/**
 * The place a writer comes from and the place they go to (issue #13): a place named after a "from" word in the other
 * languages read ("z", "aus", "desde", "de") is where the writer comes from when they then name a place after a "to"
 * word ("do", "nach", "a", "para"), as an English "from" always was. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;

describe('readGoal(): the place left and the place gone to', () => {
  it('reads a place after "from" in other languages as where the writer comes from when they name where they go', () => {
    expect(understood('Przeprowadzam się z Anglii do Krakowa, szukam znajomych').country?.value).toBe('PL');
    expect(understood('Ich ziehe aus Berlin nach Wien und suche Freunde').country?.value).toBe('AT');
    expect(understood('Me mudo desde México a Madrid y busco trabajo').country?.value).toBe('ES');
    expect(understood('Me mudei de Lisboa para São Paulo, quero fazer amigos').country?.value).toBe('BR');
  });

  it('reads the place someone says they are moving to over a place named before it, where they were', () => {
    expect(understood("After five years in London I'm moving to Berlin and want to make friends").country?.value).toBe(
      'DE',
    );
    expect(
      understood('I lived in Spain for years and just moved back to Poland, looking for a job').country?.value,
    ).toBe('PL');
    // A place named after the move, or with no move at all, is read as before.
    expect(understood('I moved to Lisbon last year; my family is in Brazil').country?.value).toBe('PT');
    expect(understood('I work in London and travel a lot').country?.value).toBe('GB');
  });

  it('still reads a place after such a word where no other place follows', () => {
    expect(understood('Soy de Rosario y busco trabajo').country?.value).toBe('AR');
    expect(understood('Busco clientes de Chile para mi estudio').country?.value).toBe('CL');
  });
});
