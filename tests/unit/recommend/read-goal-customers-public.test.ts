import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): customers wanted by someone who sells to the public', () => {
  it('reads them as promotion, not referrals, when the writer says what they sell', () => {
    for (const text of [
      'I started a home bakery and need more customers',
      "I'm a plumber in Leeds and want more local customers to call me",
      'Ich habe seit einem Jahr einen kleinen Friseursalon und suche Neukunden',
      'Sono architetta, ho aperto il mio studio e cerco nuovi clienti',
      "I'm a personal trainer and need more clients",
    ])
      expect(goalsOf(text), text).not.toContain('referrals');
    expect(goalsOf("I'm a personal trainer and need more clients")).toEqual(['promotion']);
  });

  it('keeps referrals where the writer speaks of referring or of passing clients between peers', () => {
    for (const text of [
      "I'm a plumber and want referrals from builders",
      'I run a salon and want to meet other owners so we can send each other customers',
      'Sono un architetto e vorrei conoscere altri professionisti con cui passarci clienti',
      'Prowadzę małą firmę budowlaną i szukam nowych klientów z polecenia',
    ])
      expect(goalsOf(text), text).toContain('referrals');
  });

  it('keeps referrals for the professions whose clients come by introduction, and for a writer who says nothing of what they do', () => {
    expect(goalsOf("I'm a lawyer and need more clients")).toEqual(['referrals']);
    expect(goalsOf("I'm an accountant and need more clients")).toEqual(['referrals']);
    expect(goalsOf("I need more customers and I don't know where to start")).toEqual(['referrals']);
  });

  it('keeps the lexicon reading of a few words typed as a query, which search reads further', () => {
    expect(goalsOf('plumber leads')).toEqual(['referrals']);
  });

  it('does not take a question asking for recommendations as referring', () => {
    expect(goalsOf('I have a small bakery and need more customers, what do you recommend?')).toEqual(['promotion']);
  });
});
