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

  it('still reads a place after such a word where no other place follows', () => {
    expect(understood('Soy de Rosario y busco trabajo').country?.value).toBe('AR');
    expect(understood('Busco clientes de Chile para mi estudio').country?.value).toBe('CL');
  });
});
