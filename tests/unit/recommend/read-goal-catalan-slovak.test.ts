/**
 * The free-text reader on Catalan and Slovak text (`lexicon-catalan-slovak.ts`). Before these words a Catalan text was
 * read only where it shared a word with Spanish or French, and a Slovak one only where it was spelt as Czech once
 * accents are off. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { CATALAN_SLOVAK } from '#src/catalogue/lexicon-catalan-slovak.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per language, a sentence per goal, and the goal it asks for first. */
const SENTENCES: Readonly<Record<string, readonly [Purpose, string][]>> = {
  Catalan: [
    ['contacts', "M'agradaria fer més contactes professionals al sector"],
    ['peer-ideas', 'Tinc ganes de compartir experiències amb gent que fa el mateix'],
    ['referrals', 'Sóc lampista i necessito nous clients'],
    ['investors', 'La nostra empresa emergent busca inversors'],
    ['promotion', 'Com puc donar a conèixer la meva pastisseria?'],
    ['hiring', "Fa tres mesos que busco feina d'administratiu"],
    ['local', 'Voldria trobar activitats amb els veïns'],
    ['friends', "Acabo d'arribar i no tinc amics aquí"],
  ],
  Slovak: [
    ['contacts', 'Chcel by som nadviazať obchodné kontakty v Bratislave'],
    ['peer-ideas', 'Rada by som si vymenila skúsenosti, hľadám výmenu skúseností s inými mamami'],
    ['referrals', 'Som kaderníčka a potrebujem nových zákazníkov'],
    ['investors', 'Náš startup hľadá investorov'],
    ['promotion', 'Ako získať viac sledovateľov pre môj obchod?'],
    ['hiring', 'Hľadám prácu v Košiciach, čokoľvek'],
    ['local', 'Chcem sa stretávať s ľuďmi v mojom okolí'],
    ['friends', 'Presťahovala som sa a nemám tu priateľov'],
  ],
};

describe('readGoal(): Catalan and Slovak', () => {
  it('has words for every goal in each language, each read as that goal on its own', () => {
    expectEveryWordRead(CATALAN_SLOVAK);
  });

  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads professions in each language', () => {
    expect(understood('Treballo de infermera a un hospital').field?.value).toBe('nursing');
    expect(understood('Sóc advocada laboralista').field?.value).toBe('law');
    expect(understood('Pracujem ako účtovníčka').field?.value).toBe('accounting');
    expect(understood('Som vývojár na voľnej nohe').field?.value).toBe('software');
  });

  it('reads who someone is: a student, the self-employed', () => {
    expect(understood('Sóc estudiant de segon any').field?.value).toBe('students');
    expect(understood('Som študentka a hľadám brigádu').field?.value).toBe('students');
    expect(understood('Sóc autònoma i busco nous clients').audience?.value).toBe('freelancers');
    expect(understood('Som živnostník a hľadám zákazky').audience?.value).toBe('freelancers');
  });

  it('reads meeting in person or online and not paying', () => {
    expect(understood('Prefereixo trobades en persona').inPerson?.value).toBe('in-person');
    expect(understood('Radšej na diaľku').inPerson?.value).toBe('online');
    expect(understood('Busco una xarxa de contactes gratuïta').budget?.value).toBe('free');
    expect(understood('Hľadám niečo zadarmo').budget?.value).toBe('free');
  });

  it('reads meeting people vaguely as friends where nothing is about work', () => {
    expect(goals('Vull conèixer gent nova')).toEqual(['friends']);
    expect(goals('Chcem spoznať nových ľudí')).toEqual(['friends']);
  });

  it('reads a goal refused as not wanted, and a lack as wanted', () => {
    expect(goals('No vull més clients, vull fer amics')).toEqual(['friends']);
    expect(goals('Nehľadám prácu, chcem nových priateľov')).toEqual(['friends']);
    expect(goals('Nemám priateľov')).toEqual(['friends']);
  });

  it('reads an everyday sentence with no goal as none', () => {
    expect(goals('Avui plou molt i he fet sopa per dinar')).toEqual([]);
    expect(goals('Dnes som bol v obchode a kúpil som chlieb')).toEqual([]);
  });
});
