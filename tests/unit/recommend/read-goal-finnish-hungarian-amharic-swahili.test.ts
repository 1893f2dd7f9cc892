/**
 * The free-text reader on Finnish, Hungarian, Amharic and Swahili text
 * (`lexicon-finnish-hungarian-amharic-swahili.ts`). Before these words, a text in these four languages was read as
 * nothing at all. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { FINNISH_HUNGARIAN_AMHARIC_SWAHILI } from '#src/catalogue/lexicon-finnish-hungarian-amharic-swahili.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per language, a sentence per goal, and the goal it asks for first. */
const SENTENCES: Readonly<Record<string, readonly [Purpose, string][]>> = {
  Finnish: [
    ['contacts', 'Etsin liikekumppania uudelle yritykselleni'],
    ['peer-ideas', 'Haluaisin vaihtaa kokemuksia muiden opettajien kanssa'],
    ['referrals', 'Olen parturi ja tarvitsen uusia asiakkaita'],
    ['investors', 'Yrityksemme etsii sijoittajia'],
    ['promotion', 'Miten saan kahvilalleni näkyvyyttä sosiaalisessa mediassa?'],
    ['hiring', 'Etsin töitä sairaanhoitajana Tampereella'],
    ['local', 'Haluaisin tavata ihmisiä kasvokkain'],
    ['friends', 'Muutin Ouluun ja haluan uusia ystäviä'],
  ],
  Hungarian: [
    ['contacts', 'Szeretnék új üzleti kapcsolatokat építeni'],
    ['peer-ideas', 'Szakmai tapasztalatcsere érdekelne más ápolókkal'],
    ['referrals', 'Könyvelő vagyok és új ügyfeleket keresek'],
    ['investors', 'A cégünk befektetőt keres'],
    ['promotion', 'Hogyan reklámozzam a boltomat a közösségi médiában?'],
    ['hiring', 'Állást keresek Debrecenben'],
    ['local', 'Szeretnék embereket megismerni a környéken'],
    ['friends', 'Új városba költöztem és barátokat keresek'],
  ],
  Amharic: [
    ['contacts', 'የንግድ አጋር እፈልጋለሁ'],
    ['peer-ideas', 'ከሌሎች መምህራን ጋር ልምድ መለዋወጥ እፈልጋለሁ'],
    ['referrals', 'ለሱቄ አዲስ ደንበኞች እፈልጋለሁ'],
    ['investors', 'ድርጅታችን ባለሀብቶች ይፈልጋል'],
    ['promotion', 'ንግዴን በማህበራዊ ሚዲያ ማስተዋወቅ እፈልጋለሁ'],
    ['hiring', 'በአዲስ አበባ ሥራ እየፈለግሁ ነው'],
    ['local', 'በአካባቢዬ ያሉ ሰዎችን ማግኘት እፈልጋለሁ'],
    ['friends', 'አዲስ ጓደኞች ማፍራት እፈልጋለሁ'],
  ],
  Swahili: [
    ['contacts', 'Natafuta mshirika wa biashara'],
    ['peer-ideas', 'Tunataka kubadilishana uzoefu na walimu wengine'],
    ['referrals', 'Mimi ni fundi na nahitaji wateja wapya'],
    ['investors', 'Kampuni yetu changa inatafuta wawekezaji'],
    ['promotion', 'Nataka kutangaza biashara yangu kwenye mitandao ya kijamii'],
    ['hiring', 'Natafuta kazi ya uhasibu Mombasa'],
    ['local', 'Ningependa kukutana na watu ana kwa ana'],
    ['friends', 'Nimehamia Arusha na natafuta marafiki wapya'],
  ],
};

describe('readGoal(): Finnish, Hungarian, Amharic and Swahili', () => {
  it('has words for every goal in each language, each read as that goal on its own', () => {
    expectEveryWordRead(FINNISH_HUNGARIAN_AMHARIC_SWAHILI);
  });

  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads a job sought as employment, and staff sought as hiring by an employer', () => {
    expect(understood('Olen hakenut töitä kolme kuukautta').work?.value).toBe('employment');
    expect(understood('Hol néztek állást?').goals.map((g) => g.value)).toEqual(['hiring']);
    expect(goals('Munkatársat keresünk az irodánkba')).toEqual(['hiring']);
    expect(understood('Tunatafuta wafanyakazi wa hoteli').work?.value).toBe('employment');
  });

  it('reads Finnish "muutin" as a move only where it is one: "muuttaa" is also to change', () => {
    expect(goals('Muutin tänne ja haluan uusia ystäviä')).toEqual(['friends', 'local']);
    expect(goals('Muutin mieleni ja haluan uusia ystäviä')).toEqual(['friends']);
  });

  it('reads professions in each language', () => {
    expect(understood('Olen sairaanhoitaja').field?.value).toBe('nursing');
    expect(understood('Tanár vagyok').field?.value).toBe('education');
    expect(understood('እኔ አካውንታንት ነኝ').field?.value).toBe('accounting');
    expect(understood('Mimi ni mhasibu').field?.value).toBe('accounting');
    expect(understood('Olen vastavalmistunut').field?.value).toBe('students');
  });

  it('reads places in the forms a sentence gives them', () => {
    expect(understood('Asun Helsingissä').country?.value).toBe('FI');
    expect(understood('Budapesten élek').country?.value).toBe('HU');
    expect(understood('የምኖረው አዲስ አበባ ነው').country?.value).toBe('ET');
    expect(understood('Ninaishi Kisumu').country?.value).toBe('KE');
    expect(understood('Ninaishi Dodoma').country?.value).toBe('TZ');
  });
});
