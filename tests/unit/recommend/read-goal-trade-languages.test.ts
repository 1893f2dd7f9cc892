import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('readGoal(): a tradesperson who says what they are and wants customers, in the languages read', () => {
  it.each([
    ['Spanish', 'Soy peluquera y quiero más clientas'],
    ['French', 'Je suis coiffeuse et je cherche de nouvelles clientes'],
    ['German', 'Ich bin Elektriker und suche neue Kunden'],
    ['Portuguese', 'Sou cabeleireira e preciso de mais clientes'],
    ['Italian', 'Sono parrucchiera e cerco nuovi clienti'],
    ['Polish', 'Jestem fryzjerką i szukam nowych klientek'],
  ])('%s: a small business promoting itself, as in English', (_language, text) => {
    const { answers } = readGoal(text);
    expect(answers?.audience).toBe('small-business');
    expect(answers?.goals[0]).toBe('promotion');
  });

  it('saying what one is does not make a wish of it', () => {
    expect(readGoal('Soy enfermera y busco un trabajo nuevo').answers?.audience).not.toBe('small-business');
  });
});

describe('readGoal(): the short and plural names of trades said of oneself', () => {
  it('reads "personal training", "physio" as their fields', () => {
    expect(readGoal('I do personal training and need more clients').answers?.field).toBe('fitness-wellness');
    expect(readGoal('I went independent last year as a physio and need more clients').answers?.field).toBe(
      'healthcare',
    );
  });
});

describe('readGoal(): "I do" a trade says what the writer does, as "I am a" does', () => {
  it('reads "I do personal training", "I do plumbing" with customers wanted as a small business promoting itself', () => {
    for (const text of ['I do personal training and need more clients', 'I do plumbing and want more customers']) {
      const { answers } = readGoal(text);
      expect(answers?.audience, text).toBe('small-business');
      expect(answers?.goals[0], text).toBe('promotion');
    }
  });
});
