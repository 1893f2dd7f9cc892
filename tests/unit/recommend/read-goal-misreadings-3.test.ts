/**
 * Classes of misreading found on last session's probes, each tested in words other than the probe text that showed
 * it, in several languages, so the test holds the class, not the case. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goalsOf = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): "online" written as two words', () => {
  it('reads Spanish "en línea", French "en ligne" and English "on-line" as online, as "online" is', () => {
    for (const text of [
      'Busco grupos en línea de fotógrafos de bodas',
      'Je cherche une communauté en ligne de graphistes indépendants',
      'Any on-line groups where retired teachers swap ideas?',
      'Quiero conocer a otros traductores en línea',
    ])
      expect(understood(text).inPerson?.value, text).toBe('online');
  });

  it('still reads a wish to meet in person beside them', () => {
    expect(understood('Busco un grupo presencial; grupos en línea ya tengo muchos.').inPerson?.value).toBe('in-person');
  });
});

describe('readGoal(): a sport someone wants to play with others', () => {
  it('reads "people to play <sport>" as friends to do it with, nearby, in person, in the languages read', () => {
    for (const text of [
      'Busco gent per jugar a tennis a Tarragona',
      'Busco gente para jugar al fútbol los domingos',
      'Je cherche des gens pour jouer au badminton le soir',
      'looking for people to play squash after work',
      'Procuro pessoal para jogar futebol no fim de semana',
    ]) {
      expect(goalsOf(text), text).toEqual(['friends', 'local']);
      expect(understood(text).inPerson?.value, text).toBe('in-person');
    }
  });

  it('reads a group of a ball or racket sport as one to play with, as a hiking group is', () => {
    expect(goalsOf('a padel club in Valencia')).toEqual(['friends', 'local']);
    expect(goalsOf('grupo de voleibol en Sevilla')).toEqual(['friends', 'local']);
  });

  it('leaves a sport played beside another goal to that goal', () => {
    expect(goalsOf('I play tennis and I am looking for a job in marketing')).toEqual(['hiring']);
  });

  it('reads the main towns of Catalonia as Spain', () => {
    for (const text of ['Busco amics a Girona', 'Busco feina a Lleida', 'nous clients a Tarragona'])
      expect(understood(text).country?.value, text).toBe('ES');
  });
});

describe("readGoal(): meeting people of one's own trade, in Chinese", () => {
  it('reads 認識同行 / 认识同行 (to get to know people in one\'s line of work) as peers, as "meet peers" is', () => {
    for (const text of ['我是會計師,想認識同行', '我是律师,想在上海认识同行'])
      expect(goalsOf(text)[0], text).toBe('peer-ideas');
  });
});
