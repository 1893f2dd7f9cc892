/**
 * The free-text reader on Swedish, Norwegian, Danish, Czech, Ukrainian, Hebrew and Afrikaans text
 * (`lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts`), and on a few Portuguese and Spanish words. Before these
 * words, such a text was read as nothing at all, or only where it shared a word with another language. Every sentence
 * here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { NORDIC_CZECH_UKRAINIAN_HEBREW_AFRIKAANS } from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per language, a sentence per goal, and the goal it asks for first. */
const SENTENCES: Readonly<Record<string, readonly [Purpose, string][]>> = {
  Swedish: [
    ['contacts', 'Jag vill ha fler affärskontakter i min bransch'],
    ['peer-ideas', 'Vi vill utbyta erfarenheter med andra lärare'],
    ['referrals', 'Jag är frisör och behöver nya kunder'],
    ['investors', 'Vårt företag letar efter investerare'],
    ['promotion', 'Jag behöver hjälp med marknadsföring av min butik'],
    ['hiring', 'Finns det lediga tjänster i Malmö?'],
    ['local', 'Vill träffa folk i närheten'],
    ['friends', 'Har flyttat hit och saknar kompisar'],
  ],
  Norwegian: [
    ['contacts', 'Ønsker flere forretningskontakter'],
    ['peer-ideas', 'Vil gjerne utveksle erfaringer med andre sykepleiere'],
    ['referrals', 'Jeg er regnskapsfører og trenger nye kunder'],
    ['investors', 'Selskapet vårt trenger investorer'],
    ['promotion', 'Hvordan får jeg flere følgere på sosiale medier?'],
    ['hiring', 'Ser etter ledige stillinger som lærer'],
    ['local', 'Vil bli kjent med naboer i nærheten'],
    ['friends', 'Ny i byen og har ingen venner her'],
  ],
  Danish: [
    ['contacts', 'Jeg søger flere forretningsforbindelser'],
    ['peer-ideas', 'Vi vil gerne udveksle erfaringer med andre iværksættere'],
    ['referrals', 'Min lille virksomhed mangler nye kunder'],
    ['investors', 'Vi søger investorer til vores virksomhed'],
    ['promotion', 'Har brug for markedsføring af min forretning'],
    ['hiring', 'Jeg søger job som sygeplejerske'],
    ['local', 'Vil gerne møde nogen i nærheden'],
    ['friends', 'Jeg er lige flyttet og vil gerne finde nye venner'],
  ],
  Czech: [
    ['contacts', 'Chci získat nové obchodní kontakty'],
    ['peer-ideas', 'Hledám výměnu zkušeností s dalšími učiteli'],
    ['referrals', 'Jsem účetní a potřebuji nové klienty'],
    ['investors', 'Naše firma hledá investory'],
    ['promotion', 'Potřebuji propagaci pro svůj obchod'],
    ['hiring', 'Hledám práci jako zdravotní sestra v Brně'],
    ['local', 'Chtěl bych poznat lidi ve svém okolí'],
    ['friends', 'Přestěhoval jsem se a chci najít nové přátele'],
  ],
  Ukrainian: [
    ['contacts', 'Хочу мати більше ділових контактів'],
    ['peer-ideas', 'Шукаю обмін досвідом з іншими вчителями'],
    ['referrals', 'Я юрист, шукаю нових клієнтів'],
    ['investors', 'Наш стартап шукає інвесторів'],
    ['promotion', 'Потрібне просування мого магазину'],
    ['hiring', 'Шукаю роботу програмістом у Львові'],
    ['local', 'Хочу зустрічатися з людьми поблизу'],
    ['friends', 'Я переїхав і хочу знайти нових друзів'],
  ],
  Hebrew: [
    ['contacts', 'אני רוצה ליצור קשרים עסקיים'],
    ['peer-ideas', 'מחפש החלפת רעיונות עם אנשים מהתחום'],
    ['referrals', 'אני עורך דין ומחפש לקוחות חדשים'],
    ['investors', 'הסטארטאפ שלנו מחפש משקיעים'],
    ['promotion', 'אני צריך שיווק לעסק שלי'],
    ['hiring', 'אני מחפש עבודה בתור מורה'],
    ['local', 'רוצה לפגוש אנשים פנים אל פנים'],
    ['friends', 'עברתי דירה ורוצה להכיר חברים חדשים'],
  ],
  Afrikaans: [
    ['contacts', 'Ek wil meer sakekontakte maak'],
    ['peer-ideas', 'Ek wil idees uitruil met ander onderwysers'],
    ['referrals', 'Ek is ’n prokureur en soek nuwe kliënte'],
    ['investors', 'Ons maatskappy soek beleggers'],
    ['promotion', 'Ek het hulp nodig met bemarking vir my winkel'],
    ['hiring', 'Is daar enige vakatures vir verpleegsters?'],
    ['local', 'Ek wil mense in my omgewing ontmoet'],
    ['friends', 'Ek het pas getrek en soek vriende'],
  ],
};

describe('readGoal(): Swedish, Norwegian, Danish, Czech, Ukrainian, Hebrew and Afrikaans', () => {
  it('has words for every goal in each language, each read as that goal on its own', () => {
    expectEveryWordRead(NORDIC_CZECH_UKRAINIAN_HEBREW_AFRIKAANS);
  });

  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads Ukrainian and Czech nouns in their case forms', () => {
    expect(goals('Потрібні нові клієнти')).toEqual(['referrals']);
    expect(goals('Шукаємо інвестора')).toEqual(['investors']);
    expect(goals('Máme málo zákazníků')).toEqual(['referrals']);
  });

  it('reads colleagues and collaboration in Ukrainian, players in Czech and applying in Afrikaans, as in English', () => {
    expect(goals('Хочу знайти колег для співпраці')).toEqual(['contacts']);
    expect(goals('Jak získat první hráče pro můj projekt?')).toEqual(['promotion']);
    expect(understood('Dělám indie hru').field?.value).toBe('gaming');
    expect(goals('Ek wil graag vir ’n pos aansoek te doen')).toEqual(['hiring']);
  });

  it('reads professions in each language', () => {
    expect(understood('Jeg er sykepleier i Bergen').field?.value).toBe('nursing');
    expect(understood('Jsem programátor').field?.value).toBe('software');
    expect(understood('Я програміст').field?.value).toBe('software');
    expect(understood('אני מתכנת').field?.value).toBe('software');
    expect(understood('Ek is ’n onderwyser').field?.value).toBe('education');
  });

  it('reads "making friends" in Portuguese and a hair salon in Spanish or Portuguese as a small business', () => {
    expect(goals('Quero fazer amizade com gente daqui')).toEqual(['friends']);
    expect(understood('Tengo una peluquería en Sevilla').audience?.value).toBe('small-business');
    expect(understood('Abri uma barbearia no ano passado').audience?.value).toBe('small-business');
  });

  it('reads Hebrew words behind the prefixes written on to them (and, the, in, to, from, that, as)', () => {
    expect(goals('אני מחפש לקוחות ומשקיעים')).toEqual(['referrals', 'investors']);
    expect(goals('צריך עזרה בשיווק ובפרסום')).toEqual(['promotion']);
    expect(goals('ולקוחות חדשים')).toEqual(['referrals']);
    expect(goals('איך מגיעים למשקיעים?')).toEqual(['investors']);
    expect(goals('שאלה מהשכנים')).toEqual(['local']);
    expect(understood('מחפש משקיעים בתל אביב').country?.value).toBe('IL');
    expect(understood('אני גר בירושלים').country?.value).toBe('IL');
  });

  it('finds no short word of the lexicon behind a prefix, nor takes a prefix off a word it knows', () => {
    // "בצלם" is "in the image (of)", not "in a photographer" (צלם, three letters).
    expect(understood('נברא בצלם').field).toBeUndefined();
    // "משרה" (a position) begins with מ but is a word of its own.
    expect(goals('משרה חלקית')).toEqual(['hiring']);
  });

  it('reads the Czech words people post: pals and a bunch of friends sought, side jobs, commissions', () => {
    expect(goals('Hledám nové kámoše na hraní')).toEqual(['friends']);
    expect(goals('Nemám tady žádné kámošky')).toEqual(['friends']);
    expect(goals('Chtěla bych najít partu na víkendy')).toEqual(['friends']);
    expect(goals('Sháním brigády na léto')).toEqual(['hiring']);
    // Commissions, as English "commissions" is read: customers (work for a freelancer who names a known field).
    expect(goals('Jako grafik potřebuji nové zakázky')).toEqual(['referrals']);
    expect(goals('Jak získat víc zakázek?')).toEqual(['referrals']);
  });
});
