import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

/** The goals read from a text, in priority order. */
const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): work that is why someone moved, said before the verb of moving, is no job search', () => {
  it.each([
    ['German, "wegen dem Job … gezogen"', 'Ich bin wegen dem Job nach Hamburg gezogen und suche neue Freunde.'],
    ['German, "wegen der Arbeit … gezogen"', 'Ich bin wegen der Arbeit nach Hamburg gezogen und suche neue Freunde.'],
    ['German, "für die Arbeit … umgezogen"', 'Ich bin für die Arbeit nach Köln umgezogen und suche neue Freunde.'],
    ['Dutch, "voor mijn werk … verhuisd"', 'Ik ben voor mijn werk naar Utrecht verhuisd en zoek nieuwe vrienden.'],
    ['French, "venu à … pour le travail"', 'Je suis venu à Lyon pour le travail et je cherche de nouveaux amis.'],
    ['French, "arrivée à … pour mon travail"', 'Je suis arrivée à Lyon pour mon travail et je cherche des amis.'],
  ])('%s: friends wanted, no hiring', (_case, text) => {
    const read = goals(text);
    expect(read).toContain('friends');
    expect(read).not.toContain('hiring');
  });

  it.each([
    ['German', 'Ich bin nach Hamburg gezogen und suche einen Job.'],
    ['French', 'Je suis venu à Lyon et je cherche du travail.'],
  ])('%s: a job looked for after a move is still a job search', (_language, text) => {
    expect(goals(text)).toContain('hiring');
  });

  it.each([
    ['German', 'Ich bin nach Hamburg gezogen.'],
    ['French', 'Je suis venu à Lyon.'],
    ['French', 'Nous sommes arrivés à Lyon.'],
  ])('%s: a move to a place, said alone, is meeting people nearby', (_language, text) => {
    expect(goals(text)).toEqual(['local']);
  });

  it.each([
    ['German "in Betracht gezogen" (considered)', 'Ich habe das in Betracht gezogen.'],
    ['French "arrivé à" a verb (managed to)', 'Je suis arrivé à finir le projet.'],
  ])('%s is no move', (_case, text) => {
    expect(goals(text)).not.toContain('local');
  });
});
