import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const read = (text: string) => readGoal(text).understood;
const goalsOf = (text: string) => read(text).goals.map((g) => g.value);

describe('readGoal(): a job search told as a situation', () => {
  it('reads applications sent to roles, positions or companies as looking for work, for a job', () => {
    expect(goalsOf('I have applied to 40 marketing positions since March and heard nothing')).toEqual(['hiring']);
    expect(read('Applying for junior analyst roles for half a year now, any tips?').work?.value).toBe('employment');
    expect(goalsOf('Applied to about 25 companies in Leeds, not one reply')).toEqual(['hiring']);
  });

  it('reads counted interviews as steps of a job search, and interviews someone holds as none', () => {
    expect(goalsOf("I've had four interviews this month and no offer yet")).toEqual(['hiring']);
    expect(goalsOf('Two job interviews in a year, what am I doing wrong?')).toEqual(['hiring']);
    expect(goalsOf('I ran 15 customer interviews for my app idea')).not.toContain('hiring');
    expect(goalsOf('I did 20 interviews with gym owners and now need a technical cofounder')).not.toContain('hiring');
    expect(goalsOf('Ich habe 8 Interviews mit Praxen gemacht und suche einen Mitgründer')).not.toContain('hiring');
  });

  it('reads a return to work wished for as a job search, and one already made as none', () => {
    expect(goalsOf('I stayed home with my twins for five years and now want to get back into work')).toEqual([
      'hiring',
    ]);
    expect(goalsOf("I'd like to re-enter the workforce after my illness")).toEqual(['hiring']);
    expect(goalsOf('I went back to work last spring and want to meet other parents nearby')).not.toContain('hiring');
  });

  it('reads a job lost as a job sought only when the text names no other goal', () => {
    expect(goalsOf('I was made redundant in June and have no idea where to start')).toEqual(['hiring']);
    expect(goalsOf('Since I got laid off I drive a cab; where do other cab drivers talk shop?')).not.toContain(
      'hiring',
    );
  });

  it('takes a portfolio built by someone applying for jobs as part of the applications, not promotion', () => {
    expect(goalsOf('Made a portfolio of my best work and applied to 30 junior designer roles, nothing')).toEqual([
      'hiring',
    ]);
    expect(goalsOf('I want to show my portfolio to more people')).toEqual(['promotion']);
  });

  it('reads "hr" after a number as hours, not the HR trade', () => {
    expect(read('I drive 10 hr days and want to meet other drivers').field).toBeUndefined();
    expect(read('I work in HR and want to meet other HR people').field?.value).toBe('hr-recruiting');
  });
});
