/**
 * Goals said not to be wanted in the languages of `lexicon-bangla-thai-greek-romanian-malay.ts` and
 * `lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts`, as "not looking for dating" and "no quiero citas" are in
 * English and Spanish: the goal not wanted is left out, the one wanted stays, and a lack told ("I have no friends
 * here") still asks. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';

const goals = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

/** Per language: sentences that refuse one goal and ask for another, and the goals read; then lacks told. */
const REFUSED: Readonly<Record<string, readonly [string, Purpose[]][]>> = {
  Thai: [
    ['ไม่ได้หางาน อยากหาเพื่อนใหม่', ['friends']], // I'm not looking for a job, I want new friends
    ['ไม่อยากได้ลูกค้า อยากหาเพื่อน', ['friends']], // I don't want customers, I want to find friends
    ['ไม่ต้องการนักลงทุน', []], // I don't need investors
  ],
  Romanian: [
    ['Nu caut un loc de muncă, caut prieteni noi', ['friends']],
    ['Nu vreau clienți noi, vreau prieteni', ['friends']],
    ['Nu am nevoie de investitori', []],
  ],
  Malay: [
    ['Saya tak nak cari kerja, nak kawan baru', ['friends']],
    ['Saya tidak perlukan pelabur', []],
  ],
  Greek: [
    ['Δεν ψάχνω δουλειά, ψάχνω φίλους', ['friends']],
    ['Δε θέλω πελάτες, θέλω φίλους', ['friends']],
  ],
  Swedish: [
    ['Jag söker inte jobb, jag söker nya vänner', ['friends']],
    ['Jag vill inte ha nya kunder, bara vänner', ['friends']],
    ['Vi behöver inga investerare', []],
  ],
  Norwegian: [
    ['Jeg søker ikke jobb, jeg vil ha nye venner', ['friends']],
    ['Jeg trenger ikke investorer', []],
  ],
  Danish: [
    ['Jeg søger ikke job, jeg vil gerne have nye venner', ['friends']],
    ['Vi har ikke brug for investorer', []],
  ],
  Czech: [
    ['Nechci nové klienty, hledám přátele', ['friends']],
    ['Nepotřebuji investory', []],
    ['Nehledám práci, chci nové přátele', ['friends']],
  ],
  Ukrainian: [
    ['Не шукаю роботу, хочу знайти нових друзів', ['friends']],
    ['Нам не потрібні інвестори', []],
  ],
  Hebrew: [
    ['אני לא מחפש עבודה, אני רוצה חברים חדשים', ['friends']],
    ['אני לא רוצה לקוחות חדשים', []],
  ],
  Afrikaans: [
    ['Ek soek nie werk nie, ek soek nuwe vriende', ['friends']],
    ['Ek wil nie nuwe kliënte hê nie', []],
  ],
};

/** A lack told, which still asks, per language; and "now" (Danish "nu") is no Romanian "not". */
const LACKS: readonly [string, Purpose][] = [
  ['ไม่มีเพื่อน', 'friends'], // Thai: I have no friends
  ['Nu am prieteni aici', 'friends'], // Romanian: I have no friends here
  ['Δεν έχω φίλους εδώ', 'friends'], // Greek: I have no friends here
  ['Jag har inga vänner här', 'friends'], // Swedish
  ['Jeg har ikke venner her', 'friends'], // Norwegian, Danish
  ['Nu søger jeg nye venner', 'friends'], // Danish: now I am looking for new friends
  ['Nemám tady přátele', 'friends'], // Czech
  ['У мене немає друзів', 'friends'], // Ukrainian
  ['אין לי לקוחות', 'referrals'], // Hebrew: I have no clients
  ['Ek het nie vriende nie', 'friends'], // Afrikaans: I have no friends
];

describe('readGoal(): goals not wanted, in Thai, Romanian, Malay, Greek, Nordic, Czech, Ukrainian, Hebrew, Afrikaans', () => {
  for (const [language, sentences] of Object.entries(REFUSED))
    for (const [text, wanted] of sentences)
      it(`${language}: "${text}" reads ${JSON.stringify(wanted)}`, () => {
        expect(goals(text)).toEqual(wanted);
      });

  for (const [text, lacking] of LACKS)
    it(`a lack told, "${text}", still asks for ${lacking}`, () => {
      expect(goals(text)).toEqual([lacking]);
    });

  it('reads "not only" as adding, not refusing', () => {
    expect(goals('Jag söker inte bara jobb utan också nya vänner')).toContain('hiring');
    expect(goals('Nehledám jen práci, ale i přátele')).toContain('friends');
  });
});

describe('readGoal(): "would like to have" in Danish and Norwegian is a wish, not something had', () => {
  it('reads "vil gerne have" and "vil gjerne ha" as wanting', () => {
    expect(goals('Jeg vil gerne have nye kunder til min butik')).toEqual(['referrals']);
    expect(goals('Jeg vil gjerne ha flere kunder')).toEqual(['referrals']);
    expect(goals('Vi vil gerne have investorer')).toEqual(['investors']);
  });

  it('still reads customers one has as had: "we have loyal customers" in English', () => {
    expect(goals('We have loyal customers but want investors')).toEqual(['investors']);
  });
});
