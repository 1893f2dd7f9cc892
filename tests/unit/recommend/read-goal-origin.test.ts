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

  it('reads the place gone to after a move said in the other languages, before or after the verb', () => {
    const moves: [string, string][] = [
      ['Mieszkałam dziesięć lat w Anglii, a teraz wracam do Gdańska i szukam pracy', 'PL'],
      ['Po latach w Niemczech przeprowadzam się do Poznania', 'PL'],
      ['Nach zehn Jahren in Hamburg ziehe ich nach Wien und suche Freunde', 'AT'],
      ['Ich habe in Berlin gelebt und will nach Zürich umziehen', 'CH'],
      ['Viví en Madrid muchos años y ahora me mudo a Buenos Aires, busco amigos', 'AR'],
      ['Morei em Lisboa e vou me mudar para São Paulo, quero fazer amigos', 'BR'],
      ["J'ai vécu à Bruxelles, je déménage à Lyon", 'FR'],
      ["Après trois ans à Berlin je m'installe à Paris", 'FR'],
      ['Dopo tre anni a Madrid mi trasferisco a Milano', 'IT'],
      ['Ik heb in Duitsland gewoond en ik verhuis naar Utrecht, zoek vrienden', 'NL'],
      ['Saya tinggal di Singapura, pindah ke Jakarta bulan depan, cari teman', 'ID'],
      // Turkish says "to" with an ending on the place, before the verb: "İzmir'e taşınıyorum".
      ["Almanya'da beş yıl yaşadım ve şimdi İzmir'e taşınıyorum", 'TR'],
    ];
    for (const [text, country] of moves) expect(understood(text).country?.value, text).toBe(country);
    // A move said so is a move: the work moved for is no job search ("per lavoro", as "for work").
    expect(understood('Mi sono trasferito a Torino per lavoro e cerco amici').goals.map((g) => g.value)).not.toContain(
      'hiring',
    );
    // A return to something that is no place is no move: "wracam do pracy" is going back to work.
    expect(understood('Wracam do pracy po urlopie i szukam kontaktów').country).toBeUndefined();
    expect(understood('Vuelvo a empezar y busco trabajo en Madrid').country?.value).toBe('ES');
  });

  it('reads a return already made ("came back to", "voltei para") as a move to the place after it, not to work or study', () => {
    const returns: [string, string][] = [
      ['I lived in France for 3 years and came back to Porto. Looking for a job.', 'PT'],
      ['After a decade in Dubai I returned to Manchester and want to make friends', 'GB'],
      ['Viví cinco años en Londres y volví a Sevilla, busco trabajo', 'ES'],
      ['Morei dois anos em Londres e voltei para Lisboa, procuro emprego', 'PT'],
      ['Après cinq ans à Montréal je suis rentré à Lyon et je cherche du travail', 'FR'],
      ['Dopo tre anni a Londra sono tornato a Bologna e cerco lavoro', 'IT'],
    ];
    for (const [text, country] of returns) expect(understood(text).country?.value, text).toBe(country);
    // Back to work or to studying is no move: no place is read from it, and nothing nearby is asked for.
    const back = understood('I returned to work after maternity leave and want to meet other mums');
    expect(back.country).toBeUndefined();
    expect(understood('Volví a estudiar y busco trabajo').country).toBeUndefined();
  });

  it('still reads a place after such a word where no other place follows', () => {
    expect(understood('Soy de Rosario y busco trabajo').country?.value).toBe('AR');
    expect(understood('Busco clientes de Chile para mi estudio').country?.value).toBe('CL');
  });
});
