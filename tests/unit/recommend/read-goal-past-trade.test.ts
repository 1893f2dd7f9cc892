import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const read = (text: string) => readGoal(text).understood;
const goalsOf = (text: string) => read(text).goals.map((g) => g.value);

describe('readGoal(): work the writer did, told beside what they want', () => {
  it('takes the trade named after a past one as the field the writer heads for', () => {
    expect(read('I used to be an accountant but now I want to become a web developer').field?.value).toBe('software');
    expect(read('Former chef, retraining as a software developer').field?.value).toBe('software');
    expect(read('My dad was a nurse and I hope to become a lawyer').field?.value).toBe('law');
  });

  it('keeps a past trade as the field when no other is named, and a present one named after a past one', () => {
    expect(read('I was a nurse for 20 years and want to meet other retired nurses').field?.value).toBe('nursing');
    expect(read("I'm a lawyer, my mum was a teacher, and I want to meet other lawyers").field?.value).toBe('law');
  });

  it('reads hiring that a career was spent doing as the writer’s work, not a goal', () => {
    expect(goalsOf('I had a long career recruiting accountants and now I want to make friends')).toEqual(['friends']);
    expect(goalsOf("I'm retired after thirty years hiring chefs, and want to volunteer")).not.toContain('hiring');
    expect(goalsOf("I've spent months hiring and no good cook applies")).toContain('hiring');
  });
});
