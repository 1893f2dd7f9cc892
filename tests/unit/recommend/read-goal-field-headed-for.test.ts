import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const read = (text: string) => readGoal(text).understood;
const goalsOf = (text: string) => read(text).goals.map((g) => g.value);

describe('readGoal(): heading into a field is a career change, a job sought in it', () => {
  it('reads a verb of heading and "into" before a field as a job sought, for a job', () => {
    expect(goalsOf('I would love to get into nursing next year')).toEqual(['hiring']);
    expect(read('thinking of switching into the accounting field').work?.value).toBe('employment');
    expect(goalsOf('Any advice on moving into teaching after the army?')).toEqual(['hiring']);
  });

  it('reads "become a" before a trade as a job sought', () => {
    expect(goalsOf('What is the best way to become a plumber?')).toEqual(['hiring']);
    expect(read('What is the best way to become a plumber?').work?.value).toBe('employment');
  });

  it('reads nothing of the kind without a field, with words between "become a" and it, or denied', () => {
    expect(goalsOf('My kids keep getting into fights at school')).not.toContain('hiring');
    expect(goalsOf('I want to become a more confident cook')).not.toContain('hiring');
    expect(goalsOf('I never want to get into accounting')).not.toContain('hiring');
  });
});
