import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('readGoal(): a teacher and their students', () => {
  it('a language someone teaches or studies is the language, not its country', () => {
    expect(readGoal('I teach Spanish at a secondary school and want to tutor online').answers?.country).toBeUndefined();
    expect(readGoal('I am studying German and want a conversation partner').answers?.country).toBeUndefined();
    expect(readGoal('I am teaching English in Madrid and need friends').answers?.country).toBe('ES');
    // A practice in a country's law names the country: "practice" is no language's use.
    expect(readGoal('I practice German law and want new clients').answers?.country).toBe('DE');
  });

  it('more students, said by a teacher, are clients, as a practice’s more patients are', () => {
    const read = readGoal('As a piano teacher, how do I get more students?').answers;
    expect(read?.goals).toEqual(readGoal('As a piano teacher, how do I get more clients?').answers?.goals);
    expect(read?.field).toBe('education');
  });
});
