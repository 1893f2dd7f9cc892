/**
 * The free-text reader on Spanish employers' words (hiring, posting a vacancy, receiving CVs; a bakery as a small
 * business) and German words for having no circle where one lives. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): Spanish employers and German newcomers', () => {
  it('reads an employer hiring in Spanish: hire, post a vacancy, receive CVs', () => {
    expect(goals('Necesito contratar dos meseros')).toEqual(['hiring']);
    expect(understood('Necesito contratar dos meseros').work?.value).toBe('employment');
    expect(goals('Quiero publicar una vacante')).toEqual(['hiring']);
    expect(goals('¿Dónde me llegan hojas de vida?')).toEqual(['hiring']);
  });

  it('reads a bakery as a small business of the hospitality trade', () => {
    expect(understood('Tengo una panadería en Sevilla').audience?.value).toBe('small-business');
    expect(understood('Tengo una panadería en Sevilla').field?.value).toBe('hospitality');
  });

  it('reads having found no circle ("keinen Anschluss") and meeting people in German as friends', () => {
    // A town named adds meeting people there (local), after the goal.
    expect(goals('Ich habe in Graz noch keinen Anschluss gefunden')[0]).toBe('friends');
    expect(goals('Wo kann man hier Anschluss finden?')).toEqual(['friends']);
    expect(goals('Wie habt ihr Leute kennengelernt?')).toEqual(['friends']);
  });
});
